package kr.sanggwon.ingest;

/** The spatial grain a file is published at. */
public enum Level {
    /** 상권 (trading area), 7-digit codes. */
    TRDAR('T', "상권_코드", "상권_코드_명"),
    /** 행정동 (administrative dong), 8-digit codes. */
    ADSTRD('D', "행정동_코드", "행정동_코드_명");

    private final char code;
    private final String codeHeader;
    private final String nameHeader;

    Level(char code, String codeHeader, String nameHeader) {
        this.code = code;
        this.codeHeader = codeHeader;
        this.nameHeader = nameHeader;
    }

    public char code() {
        return code;
    }

    public String codeHeader() {
        return codeHeader;
    }

    public String nameHeader() {
        return nameHeader;
    }

    public static Level ofCode(char c) {
        for (Level l : values()) {
            if (l.code == c) {
                return l;
            }
        }
        throw new IllegalArgumentException("level " + c);
    }
}
