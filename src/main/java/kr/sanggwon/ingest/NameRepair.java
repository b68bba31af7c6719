package kr.sanggwon.ingest;

import java.util.regex.Pattern;

/**
 * The CP949 files write the middle dot of names like 종로·청계 as '?' (data README quirk 2). A '?' between two
 * letters or digits never occurs in a real district name, so it is turned back into '·' for display.
 * Joins always use codes, never names.
 */
public final class NameRepair {
    private static final Pattern LOST_DOT = Pattern.compile("(?<=[\\p{L}\\p{N}])\\?(?=[\\p{L}\\p{N}])");

    private NameRepair() {
    }

    public static String repair(String name) {
        if (name == null) {
            return null;
        }
        String trimmed = name.strip();
        return trimmed.indexOf('?') < 0 ? trimmed : LOST_DOT.matcher(trimmed).replaceAll("·");
    }
}
