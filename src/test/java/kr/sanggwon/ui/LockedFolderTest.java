package kr.sanggwon.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import kr.sanggwon.AppContext;
import kr.sanggwon.store.StoreException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A second instance on the same data folder gets one dialog in Korean and English (before a language is chosen). */
@ExtendWith(ApplicationExtension.class)
class LockedFolderTest {
    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        stage.show();
    }

    @Test
    void lockedFolderDialogSaysItInKoreanAndEnglish(FxRobot robot) {
        try (AppContext first = AppContext.open(dir)) {
            StoreException e = catchThrowableOfType(() -> AppContext.open(dir), StoreException.class);
            assertThat(e.key()).isEqualTo("store.inUse");
            AtomicReference<Alert> alert = new AtomicReference<>();
            robot.interact(() -> alert.set(DeskApp.bilingual(Alert.AlertType.ERROR, e.key(), e.args())));
            String text = ((Label) alert.get().getDialogPane().getContent()).getText();
            assertThat(text).contains("이미 다른 상권 데스크가 사용 중입니다").contains("already in use by another Sanggwon Desk")
                    .contains(dir.toString());
        }
    }
}
