package kr.sanggwon.ingest;

import kr.sanggwon.common.UserException;

/**
 * A file was refused as a whole (the database is unchanged). The message key's first argument is always the
 * file name; line and column are 0 when they do not apply.
 */
public final class ImportException extends UserException {
    private final String file;
    private final long line;
    private final String column;

    public ImportException(String key, String file, long line, String column, Object... extra) {
        super(key, args(file, line, column, extra));
        this.file = file;
        this.line = line;
        this.column = column;
    }

    public static ImportException ofFile(String key, String file, Object... extra) {
        return new ImportException(key, file, 0, "", extra);
    }

    private static Object[] args(String file, long line, String column, Object[] extra) {
        Object[] all = new Object[3 + extra.length];
        all[0] = file;
        all[1] = line;
        all[2] = column == null ? "" : column;
        System.arraycopy(extra, 0, all, 3, extra.length);
        return all;
    }

    public String file() {
        return file;
    }

    public long line() {
        return line;
    }

    public String column() {
        return column;
    }
}
