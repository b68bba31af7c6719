package kr.sanggwon.ui;

import java.nio.file.Path;
import java.util.List;
import kr.sanggwon.common.DisplayOptions;
import kr.sanggwon.common.UserException;

/**
 * Options of the app (not the CLI): {@code --data-dir DIR}, {@code --db-url URL}, {@code --lang ko|en}, {@code --snapshot FILE.png},
 * {@code --exit-after-shown}, {@code --font-scale PERCENT} (100–200, or a factor such as 1.5). A language other than
 * ko/en or a size outside 100–200 is refused (see {@link DisplayOptions}).
 */
public record AppOptions(Path dataDir, String lang, Path snapshot, boolean exitAfterShown, Integer fontScale, String dbUrl) {

    public static AppOptions parse(List<String> args) {
        Path dataDir = null;
        String lang = null;
        Path snapshot = null;
        boolean exit = false;
        Integer scale = null;
        String dbUrl = null;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            String name = a.contains("=") ? a.substring(0, a.indexOf('=')) : a;
            if (name.equals("--exit-after-shown")) {
                exit = true;
                continue;
            }
            String value;
            if (a.contains("=")) {
                value = a.substring(a.indexOf('=') + 1);
            } else if (i + 1 < args.size()) {
                value = args.get(++i);
            } else {
                throw new UserException("ui.options.missingValue", name);
            }
            switch (name) {
                case "--data-dir" -> dataDir = Path.of(value);
                case "--lang" -> lang = DisplayOptions.language(value);
                case "--snapshot" -> snapshot = Path.of(value);
                case "--font-scale" -> scale = DisplayOptions.fontScale(value);
                case "--db-url" -> dbUrl = value;
                default -> throw new UserException("ui.options.unknown", name);
            }
        }
        return new AppOptions(dataDir, lang, snapshot, exit, scale, dbUrl);
    }
}
