package kr.sanggwon.ui.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import kr.sanggwon.common.UserException;
import org.junit.jupiter.api.Test;

class BackgroundTaskTest {
    private final CurrentThreadTaskRunner runner = new CurrentThreadTaskRunner();

    @Test
    void successDeliversResultThenFinished() {
        List<String> events = new ArrayList<>();
        runner.execute(BackgroundTask.of(() -> 42)
                .onRunning(() -> events.add("running"))
                .onSuccess(v -> events.add("success " + v))
                .onFinished(() -> events.add("finished")));
        assertThat(events).containsExactly("running", "success 42", "finished");
    }

    @Test
    void failureWithoutHandlerGoesToTheRunnersDefault() {
        runner.execute(BackgroundTask.of(() -> {
            throw new UserException("ui.options.unknown", "--x");
        }));
        assertThat(runner.unhandledFailures()).singleElement().isInstanceOf(UserException.class);
    }

    @Test
    void cancelledWorkEndsInOnCancelledNotSuccess() {
        List<String> events = new ArrayList<>();
        BackgroundTask<Integer> task = BackgroundTask.withProgress(p -> {
            p.update(1, 10, "one");
            p.checkCancelled();
            return 1;
        });
        task.cancel();
        runner.execute(task.onSuccess(v -> events.add("success")).onCancelled(() -> events.add("cancelled")));
        assertThat(events).containsExactly("cancelled");
    }

    @Test
    void progressReachesTheCallback() {
        List<BackgroundTask.Update> updates = new ArrayList<>();
        runner.execute(BackgroundTask.withProgress(p -> {
            p.update(5, 10, "half");
            return null;
        }).onProgress(updates::add));
        assertThat(updates).singleElement().satisfies(u -> assertThat(u.fraction()).isEqualTo(0.5));
    }
}
