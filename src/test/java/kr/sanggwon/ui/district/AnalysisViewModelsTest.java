package kr.sanggwon.ui.district;

import static kr.sanggwon.district.Fixture.row;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import kr.sanggwon.common.Messages;
import kr.sanggwon.district.Fixture;
import kr.sanggwon.district.Metric;
import kr.sanggwon.ui.UiTestSupport;
import kr.sanggwon.ui.compare.CompareViewModel;
import kr.sanggwon.ui.customer.CustomersViewModel;
import kr.sanggwon.ui.shell.FakeDialogService;
import kr.sanggwon.ui.shell.Navigator;
import kr.sanggwon.ui.shell.Selection;
import kr.sanggwon.ui.shell.UiContext;
import kr.sanggwon.ui.task.CurrentThreadTaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** View models of the analysis screens on constructed data, with a current-thread task runner (no toolkit). */
class AnalysisViewModelsTest {
    @TempDir
    Path dir;
    Fixture fx;
    UiContext ctx;
    Selection selection = new Selection();
    List<String> shown = new ArrayList<>();

    @BeforeEach
    void data() throws Exception {
        Messages.setLocale(Locale.KOREAN);
        fx = new Fixture(dir);
        long b = fx.batch("SALES_T", "T", "매출.csv");
        fx.industry("CS100010", "커피-음료");
        for (String code : new String[] {"3110001", "3110002"}) {
            fx.district(code, "T", "상권" + code, "A", null);
            fx.insert("sales_q", Fixture.sales(code, "CS100010", 20241, "T", code.endsWith("1") ? 100_000_000L : 50_000_000L, b,
                    Map.of("male_amt", 0.4, "female_amt", 0.6, "age30_amt", 1.0, "t11_14_amt", 1.0)));
            fx.insert("stores_q", row("district_code", code, "industry_code", "CS100010", "quarter", 20241, "lvl", "T",
                    "stores", 5L, "batch_id", b));
        }
        fx.summarize();
        FakeDialogService dialogs = new FakeDialogService();
        Navigator navigator = new Navigator() {
            @Override
            public void show(String screenId) {
                shown.add(screenId);
            }

            @Override
            public String current() {
                return shown.isEmpty() ? "search" : shown.get(shown.size() - 1);
            }
        };
        ctx = UiTestSupport.context(fx.app, new CurrentThreadTaskRunner(), dialogs, selection, navigator, UiTestSupport.tempPreferences());
    }

    @AfterEach
    void close() {
        fx.close();
    }

    @Test
    void dashboardFollowsTheSelectedDistrictAndIndustry() {
        DashboardViewModel vm = new DashboardViewModel(ctx);
        vm.refreshIfStale();
        assertThat(vm.snapshot().get()).isNull();
        selection.setDistrict("3110001");
        assertThat(vm.snapshot().get().kpi(Metric.SALES).value()).isEqualTo(100_000_000.0);
        selection.setIndustry("CS100010");
        assertThat(vm.snapshot().get().industryCode()).isEqualTo("CS100010");
        assertThat(vm.snapshot().get().kpi(Metric.SALES_PER_STORE).value()).isEqualTo(20_000_000.0);
        assertThat(vm.industries()).extracting(IndustryOption::code).containsExactly(null, "CS100010");
        vm.addToCompare();
        assertThat(selection.compareDistricts()).containsExactly("3110001");
        assertThat(shown).containsExactly("compare");
    }

    @Test
    void unknownDistrictShowsAReadableErrorInsteadOfAValue() {
        DashboardViewModel vm = new DashboardViewModel(ctx);
        selection.setDistrict("9999999");
        assertThat(vm.snapshot().get()).isNull();
        assertThat(vm.snapshot().errorProperty().get()).contains("9999999");
    }

    @Test
    void customersReloadWhenAnotherInstanceChangesTheSharedData() throws Exception {
        selection.setDistrict("3110001");
        selection.setIndustry("CS100010");
        CustomersViewModel vm = new CustomersViewModel(ctx);
        vm.refreshIfStale();
        assertThat(vm.profile().get().summaryKo()).startsWith("주 고객은 30대 여성");
        fx.app.database().versions().poll();   // what a window's poller learns first: the version now
        // another app instance on the same (shared) database imports a quarter: new batch, new rows, new summaries
        long b = fx.batch("SALES_T", "T", "매출-2.csv");
        fx.insert("sales_q", Fixture.sales("3110001", "CS100010", 20242, "T", 10L, b, Map.of("male_amt", 1.0, "age20_amt", 1.0)));
        fx.summarize();
        assertThat(vm.profile().get().quarter()).as("nothing told yet").isEqualTo(20241);
        // no manual call: the poll finds the new version, its event reaches the context and the view model reloads
        assertThat(fx.app.database().versions().poll()).isTrue();
        assertThat(vm.profile().get().quarter()).isEqualTo(20242);
        assertThat(vm.profile().get().summaryKo()).startsWith("주 고객은 20대 남성");
    }

    @Test
    void compareAsksForDistrictsThenComparesWhenTwoAreAdded() {
        selection.setIndustry("CS100010");
        CompareViewModel vm = new CompareViewModel(ctx);
        vm.refreshIfStale();
        assertThat(vm.messageProperty().get()).contains("2~4");
        vm.add("3110001");
        vm.add("3110002");
        assertThat(vm.comparison().get().row("SALES").best()).containsExactly(0);
        vm.remove("3110002");
        assertThat(vm.comparison().get()).isNull();
    }
}
