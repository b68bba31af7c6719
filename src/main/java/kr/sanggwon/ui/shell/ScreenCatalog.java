package kr.sanggwon.ui.shell;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import kr.sanggwon.ui.compare.CompareScreen;
import kr.sanggwon.ui.customer.CustomersScreen;
import kr.sanggwon.ui.district.DashboardScreen;
import kr.sanggwon.ui.health.HealthScreen;
import kr.sanggwon.ui.importer.ImportScreen;
import kr.sanggwon.ui.lookalike.LookalikeScreen;
import kr.sanggwon.ui.recommend.RecommendScreen;
import kr.sanggwon.ui.search.SearchScreen;
import kr.sanggwon.ui.estimate.EstimateScreen;
import kr.sanggwon.ui.finance.FinanceScreen;

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
                screen("dashboard", "ui.nav.dashboard", DashboardScreen::new),
                screen("customers", "ui.nav.customers", CustomersScreen::new),
                screen("compare", "ui.nav.compare", CompareScreen::new),
                screen("lookalike", "ui.nav.lookalike", LookalikeScreen::new),
                screen("estimate", "ui.nav.estimate", EstimateScreen::new),
                screen("recommend", "ui.nav.recommend", RecommendScreen::new),
                screen("finance", "ui.nav.finance", FinanceScreen::new),
                screen("consult", "ui.nav.consult", kr.sanggwon.ui.consult.ConsultScreen::new),
                screen("lesson", "ui.nav.lesson", kr.sanggwon.ui.lesson.LessonScreen::new),
                screen("import", "ui.nav.import", ImportScreen::new),
                screen("health", "ui.nav.health", HealthScreen::new),
                screen("wizard", "wizard.nav", kr.sanggwon.ui.wizard.WizardScreen::new),
                screen("glossary", "wizard.nav.glossary", kr.sanggwon.ui.glossary.GlossaryScreen::new),
                screen("settings", "settings.nav", kr.sanggwon.ui.settings.SettingsScreen::new));
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
