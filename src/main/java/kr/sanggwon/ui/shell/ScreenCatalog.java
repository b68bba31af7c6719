package kr.sanggwon.ui.shell;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import kr.sanggwon.ui.importer.ImportScreen;
import kr.sanggwon.ui.search.SearchScreen;
import kr.sanggwon.ui.estimate.EstimateScreen;

/**
 * The ordered navigation list, one line per screen. A line without a factory is a slot for a screen that does not
 * exist yet; it is shown disabled ("준비 중"). To plug in a screen, replace its slot line with
 * {@code screen("dashboard", "ui.nav.dashboard", ctx -> new DashboardScreen(ctx))}.
 */
public final class ScreenCatalog {
    private ScreenCatalog() {
    }

    /** One navigation entry. */
    public record Entry(String id, String titleKey, Function<UiContext, Screen> factory) {
        public boolean available() {
            return factory != null;
        }
    }

    public static List<Entry> entries() {
        return List.of(
                screen("search", "ui.nav.search", SearchScreen::new),
                slot("dashboard", "ui.nav.dashboard"),
                slot("customers", "ui.nav.customers"),
                slot("compare", "ui.nav.compare"),
                slot("lookalike", "ui.nav.lookalike"),
                screen("estimate", "ui.nav.estimate", EstimateScreen::new),
                slot("recommend", "ui.nav.recommend"),
                slot("finance", "ui.nav.finance"),
                slot("consult", "ui.nav.consult"),
                slot("lesson", "ui.nav.lesson"),
                screen("import", "ui.nav.import", ImportScreen::new),
                slot("health", "ui.nav.health"));
    }

    public static Optional<Entry> find(String id) {
        return entries().stream().filter(e -> e.id().equals(id)).findFirst();
    }

    static Entry screen(String id, String titleKey, Function<UiContext, Screen> factory) {
        return new Entry(id, titleKey, factory);
    }

    static Entry slot(String id, String titleKey) {
        return new Entry(id, titleKey, null);
    }
}
