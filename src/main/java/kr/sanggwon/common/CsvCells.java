package kr.sanggwon.common;

import java.util.regex.Pattern;

/**
 * Keeps text from becoming a live formula when a CSV export is opened in a spreadsheet (CSV / formula injection): a cell
 * that starts with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return gets a leading apostrophe,
 * which spreadsheets show as plain text. Plain numbers ("-12", "-3.5%", "-1,234") are left alone so negative figures
 * stay numbers.
 */
public final class CsvCells {
    private static final Pattern NUMBER = Pattern.compile("[-+]?[0-9][0-9,]*(\\.[0-9]+)?([eE][-+]?[0-9]+)?%?");

    private CsvCells() {
    }

    public static String safe(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        char first = text.charAt(0);
        boolean risky = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
        if (!risky || NUMBER.matcher(text).matches()) {
            return text;
        }
        return "'" + text;
    }
}
