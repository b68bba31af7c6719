package kr.sanggwon.ui.shell;

import java.util.List;

/** A file-chooser filter: localized description and patterns like "*.csv". */
public record FileType(String description, List<String> patterns) {
    public FileType {
        patterns = List.copyOf(patterns);
    }
}
