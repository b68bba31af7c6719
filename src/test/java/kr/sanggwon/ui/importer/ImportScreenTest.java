package kr.sanggwon.ui.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import kr.sanggwon.AppContext;
import kr.sanggwon.TestData;
import kr.sanggwon.common.Messages;
import kr.sanggwon.ingest.ImportException;
import kr.sanggwon.ui.UiTestSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class ImportScreenTest {
    @TempDir
    static Path dataDir;
    @TempDir
    static Path files;
    static AppContext app;
    UiTestSupport.Shell shell;

    @BeforeAll
    static void openEmptyData() throws Exception {
        app = UiTestSupport.openData(dataDir);
    }

    @AfterAll
    static void closeData() {
        app.close();
    }

    @Start
    void start(Stage stage) {
        Messages.setLocale(Locale.KOREAN);
        shell = UiTestSupport.show(stage, app);
    }

    @AfterEach
    void close() {
        shell.close();
    }

    private ImportViewModel openImportScreen(FxRobot robot) {
        robot.clickOn("#nav-import");
        assertThat(shell.window().current()).isEqualTo("import");
        return ((ImportScreen) shell.window().screen("import")).viewModel();
    }

    @Test
    void importingARealFileShowsItsResultRowAndRefreshesTheStatusBar(FxRobot robot) {
        ImportViewModel vm = openImportScreen(robot);
        shell.dialogs().filesToOpen.add(List.of(TestData.require(TestData.seoul("상권변화지표-상권"))));
        int before = shell.window().context().dataVersion();
        robot.clickOn("#import-choose");

        UiTestSupport.waitUntil(() -> !vm.rows().isEmpty() && vm.rows().get(0).state() == ImportRow.State.DONE, 60);
        assertThat(robot.lookup(".sg-import-message").queryAs(Label.class).getText())
                .isEqualTo("상권변화지표-상권 · 2019년 1분기 ~ 2025년 2분기 (26) · 42,900행 가져옴 · 거부 0행");
        assertThat(robot.lookup(".sg-import-file").queryAs(Label.class).getText()).isEqualTo("서울시 상권분석서비스(상권변화지표-상권).csv");
        assertThat(shell.window().context().dataVersion()).isGreaterThan(before);
        Label vintage = robot.lookup("#status-vintage").queryAs(Label.class);
        UiTestSupport.waitUntil(() -> vintage.getText().equals("자료 기준: 2025년 2분기 (매출·점포 자료 없음)"), 10);
        assertThat(shell.dialogs().errors).isEmpty();
    }

    @Test
    void cancellingARunningImportLeavesTheDataAlone(FxRobot robot) throws Exception {
        ImportViewModel vm = openImportScreen(robot);
        int before = shell.window().context().dataVersion();
        long batches = app.dataStatus().snapshot().lastImports().size();
        robot.interact(() -> {
            vm.addFiles(List.of(TestData.require(TestData.seoul("아파트-상권"))));
            vm.cancel(vm.rows().get(0));
        });
        UiTestSupport.waitUntil(() -> vm.rows().get(0).state() == ImportRow.State.CANCELLED, 30);
        assertThat(vm.rows().get(0).messageProperty().get()).isEqualTo("취소했습니다. 데이터는 바뀌지 않았습니다.");
        assertThat(shell.window().context().dataVersion()).isEqualTo(before);
        assertThat(app.dataStatus().snapshot().lastImports()).hasSize((int) batches);
        assertThat(shell.dialogs().errors).isEmpty();
        UiTestSupport.waitUntil(() -> !shell.window().context().dataState().isBusy(), 10);
    }

    @Test
    void rejectedRowsCanBeOpenedFromTheResultRow(FxRobot robot) throws Exception {
        ImportViewModel vm = openImportScreen(robot);
        // the first 60 real lines of 상권변화지표 (CP949) and one line with a broken quarter code
        java.nio.charset.Charset cp949 = java.nio.charset.Charset.forName("MS949");
        List<String> lines = Files.readAllLines(TestData.require(TestData.seoul("상권변화지표-상권")), cp949).subList(0, 61);
        String bad = lines.get(1).replaceFirst("^\"\\d{5}\"", "\"2024X\"");
        Path file = files.resolve("변화지표-일부.csv");
        Files.write(file, (String.join("\n", lines) + "\n" + bad).getBytes(cp949));
        robot.interact(() -> vm.addFiles(List.of(file)));
        UiTestSupport.waitUntil(() -> vm.rows().get(0).state() == ImportRow.State.DONE, 30);
        assertThat(vm.rows().get(0).resultProperty().get().rowsRejected()).isEqualTo(1);
        robot.clickOn(".sg-import-rejects");
        assertThat(shell.dialogs().opened).singleElement()
                .satisfies(p -> assertThat(Files.readString(p)).contains("2024X"));
    }

    @Test
    void aRefusedFileShowsTheLocalizedErrorAndLeavesTheDataAlone(FxRobot robot) throws Exception {
        ImportViewModel vm = openImportScreen(robot);
        Path bad = Files.writeString(files.resolve("메모.csv"), "이름,전화\n홍길동,010\n");
        int before = shell.window().context().dataVersion();
        robot.interact(() -> vm.addFiles(List.of(bad)));

        UiTestSupport.waitUntil(() -> vm.rows().get(0).state() == ImportRow.State.FAILED, 30);
        assertThat(shell.dialogs().errors).singleElement().isInstanceOf(ImportException.class);
        assertThat(vm.rows().get(0).messageProperty().get()).startsWith("메모.csv: 알 수 있는 데이터셋 머리글이 아닙니다");
        assertThat(shell.dialogs().messages).contains("메모.csv 파일을 가져오지 못했습니다");
        assertThat(shell.window().context().dataVersion()).isEqualTo(before);
    }
}
