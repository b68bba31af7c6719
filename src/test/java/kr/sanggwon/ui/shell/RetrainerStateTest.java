package kr.sanggwon.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import kr.sanggwon.common.Messages;
import kr.sanggwon.common.Progress;
import kr.sanggwon.estimate.Trainer;
import kr.sanggwon.ui.task.CurrentThreadTaskRunner;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The retrainer's rules on fake models, without a database or a training run: it waits while the data is busy (a
 * state, whatever the status line says), trains once the data is idle again, and does not retry a failure.
 */
class RetrainerStateTest {
    /** Models whose data version and staleness the test sets. */
    static final class FakeModels implements ModelRetrainer.Models {
        long version = 1;
        boolean stale = true;
        int trained;
        RuntimeException failWith;

        @Override
        public ModelRetrainer.Due due() {
            return new ModelRetrainer.Due(version, stale);
        }

        @Override
        public long dataVersion() {
            return version;
        }

        @Override
        public Trainer.Result train(Progress progress) {
            if (failWith != null) {
                throw failWith;
            }
            trained++;
            stale = false;
            return new Trainer.Result(List.of(), List.of(), 1200);
        }
    }

    private final FakeModels models = new FakeModels();
    private final DataState data = new DataState();
    private ModelRetrainer retrainer;

    @BeforeEach
    void setUp() {
        Messages.setLocale(Locale.KOREAN);
        retrainer = new ModelRetrainer(models, Path.of("fake-folder"), new CurrentThreadTaskRunner(), null, data);
        retrainer.setAutomatic(true);
    }

    @Test
    void waitsWhileTheDataIsBusyThenTrainsOnce() {
        data.busy("가져오는 중: a.csv");
        models.version = 2;
        data.changed();
        assertThat(models.trained).as("an import runs").isZero();
        data.busy("가져오는 중: b.csv (1개 대기)");
        data.changed();
        assertThat(models.trained).isZero();

        data.idle();
        assertThat(models.trained).isEqualTo(1);
        assertThat(retrainer.outcomeProperty().get().kind()).isEqualTo(ModelRetrainer.Kind.TRAINED);
        assertThat(retrainer.outcomeProperty().get().dataVersion()).isEqualTo(2);
        assertThat(retrainer.noticeProperty().get()).contains("1.2");
    }

    @Test
    void busyIsTheStateNotTheWordingOfTheStatusLine() {
        data.busy("");
        data.changed();
        assertThat(data.isBusy()).isTrue();
        assertThat(data.statusProperty().get()).isEmpty();
        assertThat(models.trained).as("busy with an empty line is still busy").isZero();
        data.idle();
        assertThat(models.trained).isEqualTo(1);
    }

    @Test
    void aFailedTrainingIsNotRetriedForTheSameData() {
        models.failWith = new IllegalStateException("no memory");
        retrainer.start();
        assertThat(retrainer.outcomeProperty().get().kind()).isEqualTo(ModelRetrainer.Kind.FAILED);

        models.failWith = null;
        data.changed();   // e.g. a screen announced a change that left the import batches as they were
        assertThat(models.trained).isZero();

        models.version = 3;
        data.changed();
        assertThat(models.trained).as("new data: trains again").isEqualTo(1);
    }

    @Test
    void offUntilSwitchedOn() {
        retrainer.setAutomatic(false);
        retrainer.start();
        data.changed();
        assertThat(models.trained).isZero();
        assertThat(retrainer.train()).as("the button still trains").isTrue();
        assertThat(models.trained).isEqualTo(1);
    }
}
