package kr.sanggwon;

import java.util.Set;
import kr.sanggwon.cli.MainCommand;
import kr.sanggwon.ui.DeskApp;

/**
 * Entry point of the jar. With a command it runs the CLI headless; without one it opens the app.
 * Does not extend Application, so the CLI never needs a display.
 */
public final class Launcher {
    /** Options that the app itself understands; anything else means the CLI. */
    private static final Set<String> APP_OPTIONS = Set.of("--data-dir", "--db-url", "--lang", "--snapshot", "--exit-after-shown", "--font-scale");

    private Launcher() {
    }

    public static void main(String[] args) {
        if (isAppLaunch(args)) {
            // --lang fr or --font-scale 300: refused on the terminal (exit 1) before any window opens
            int bad = MainCommand.checkAppOptions(args);
            if (bad != MainCommand.OK) {
                System.exit(bad);
            }
            DeskApp.main(args);
        } else {
            System.exit(MainCommand.run(args));
        }
    }

    static boolean isAppLaunch(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            String name = a.contains("=") ? a.substring(0, a.indexOf('=')) : a;
            if (!APP_OPTIONS.contains(name)) {
                return false;
            }
            if (!a.contains("=") && !name.equals("--exit-after-shown")) {
                i++;
            }
        }
        return true;
    }
}
