package kr.sanggwon.cli;

import java.util.ArrayList;
import java.util.List;
import kr.sanggwon.AppContext;

/**
 * District and industry arguments as a user types them (a code, an industry code in lower case, a name such as
 * 신림역 or 커피-음료) checked against the loaded data and turned into codes before a command runs, so an unknown code
 * is refused with a clear message (exit 1) instead of answering for nothing.
 */
final class Inputs {
    private Inputs() {
    }

    static String district(AppContext context, String typed) {
        return typed == null ? null : context.codeResolver().district(typed).code();
    }

    static List<String> districts(AppContext context, List<String> typed) {
        List<String> out = new ArrayList<>();
        for (String t : typed) {
            out.add(district(context, t));
        }
        return out;
    }

    static String industry(AppContext context, String typed) {
        return typed == null ? null : context.codeResolver().industry(typed).code();
    }
}
