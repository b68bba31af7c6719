package kr.sanggwon.consult;

import java.util.regex.Pattern;

/** What the consultant types for a client; {@link #validated()} trims it and refuses what cannot be saved. */
public record ClientInput(String name, String phone, String email, String idea, String industry, Long budget,
                          String targetCustomers, String notes) {
    public static final int MAX_NAME = 100;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern PHONE = Pattern.compile("[0-9+()\\- ]{7,20}");

    /** The same input trimmed (blank → null); throws {@link ConsultException} naming the first problem. */
    public ClientInput validated() {
        String n = trim(name);
        if (n == null) {
            throw new ConsultException("consult.error.nameRequired");
        }
        if (n.length() > MAX_NAME) {
            throw new ConsultException("consult.error.nameTooLong", MAX_NAME);
        }
        String p = trim(phone);
        if (p != null && !PHONE.matcher(p).matches()) {
            throw new ConsultException("consult.error.phone", p);
        }
        String e = trim(email);
        if (e != null && !EMAIL.matcher(e).matches()) {
            throw new ConsultException("consult.error.email", e);
        }
        if (budget != null && budget < 0) {
            throw new ConsultException("consult.error.budget");
        }
        return new ClientInput(n, p, e, trim(idea), trim(industry), budget, trim(targetCustomers), trim(notes));
    }

    static String trim(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip();
        return t.isEmpty() ? null : t;
    }
}
