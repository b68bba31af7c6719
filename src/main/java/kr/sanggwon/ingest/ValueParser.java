package kr.sanggwon.ingest;

/** Parses cell values; a junk value raises {@link BadValue} with the reason key. */
final class ValueParser {
    /** Width of every code column (district, 행정동, industry) in the schema. */
    static final int MAX_CODE_LENGTH = 12;
    private ValueParser() {
    }

    static final class BadValue extends Exception {
        final String reasonKey;

        BadValue(String reasonKey) {
            super(reasonKey, null, false, false);
            this.reasonKey = reasonKey;
        }
    }

    static boolean isEmpty(String s) {
        return s == null || s.isBlank();
    }

    /** Whole numbers; "1,234" and a decimal written by a spreadsheet ("12.0") are accepted and rounded. */
    static long parseLong(String raw) throws BadValue {
        String s = raw.strip();
        if (s.indexOf(',') >= 0) {
            s = s.replace(",", "");
        }
        try {
            return Long.parseLong(s);
        } catch (NumberFormatException e) {
            try {
                double d = Double.parseDouble(s);
                if (Double.isFinite(d) && Math.abs(d) < 9.0e18) {
                    return Math.round(d);
                }
            } catch (NumberFormatException ignored) {
                // fall through
            }
            throw new BadValue("ingest.reject.notNumber");
        }
    }

    static double parseDouble(String raw) throws BadValue {
        String s = raw.strip().replace(",", "");
        if (s.endsWith("%")) {
            s = s.substring(0, s.length() - 1);
        }
        try {
            double d = Double.parseDouble(s);
            if (!Double.isFinite(d)) {
                throw new BadValue("ingest.reject.notNumber");
            }
            return d;
        } catch (NumberFormatException e) {
            throw new BadValue("ingest.reject.notNumber");
        }
    }

    /** A quarter code yyyyq (e.g. 20241) or year + quarter from older split columns. */
    static int quarter(String yyyyq) throws BadValue {
        String s = yyyyq.strip();
        if (s.length() != 5 || !s.chars().allMatch(Character::isDigit)) {
            throw new BadValue("ingest.reject.quarter");
        }
        return checkQuarter(Integer.parseInt(s.substring(0, 4)), s.charAt(4) - '0');
    }

    static int quarter(String year, String quarter) throws BadValue {
        String y = year.strip();
        String q = quarter.strip();
        if (y.length() != 4 || q.length() != 1 || !y.chars().allMatch(Character::isDigit) || !Character.isDigit(q.charAt(0))) {
            throw new BadValue("ingest.reject.quarter");
        }
        return checkQuarter(Integer.parseInt(y), q.charAt(0) - '0');
    }

    private static int checkQuarter(int year, int q) throws BadValue {
        if (year < 1990 || year > 2100 || q < 1 || q > 4) {
            throw new BadValue("ingest.reject.quarter");
        }
        return year * 10 + q;
    }

    /** District, 행정동 and industry codes: letters and digits only. */
    static String code(String raw) throws BadValue {
        String s = raw.strip();
        if (s.isEmpty()) {
            throw new BadValue("ingest.reject.missingCode");
        }
        if (s.length() > MAX_CODE_LENGTH) {
            // longer than any official code and than the database column: the row, not the whole file, is bad
            throw new BadValue("ingest.reject.badCode");
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(c >= '0' && c <= '9') && !(c >= 'A' && c <= 'Z') && !(c >= 'a' && c <= 'z')) {
                throw new BadValue("ingest.reject.badCode");
            }
        }
        return s;
    }
}
