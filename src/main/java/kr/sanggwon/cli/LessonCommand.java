package kr.sanggwon.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import kr.sanggwon.common.Messages;
import kr.sanggwon.common.UserException;
import kr.sanggwon.lesson.Lesson;
import kr.sanggwon.lesson.LessonLibrary;
import kr.sanggwon.lesson.LessonSandbox;
import kr.sanggwon.lesson.LessonValidator;
import kr.sanggwon.store.DataDirectory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * lesson --list: the bundled lessons. lesson --reset: restores the class's copy of the sample (preparing it on first
 * use). lesson --check [FILE…]: validates lesson files (the bundled ones without FILE).
 */
@Command(name = "lesson", mixinStandardHelpOptions = true, description = {"Classroom mode: list the lessons, restore the class's",
        "own copy of the sample data (--reset), or check lesson files (--check)."})
final class LessonCommand implements Callable<Integer> {
    @ParentCommand
    MainCommand main;

    @Spec
    CommandSpec spec;

    @Option(names = "--list", description = "list the lessons with their steps and minutes")
    boolean list;

    @Option(names = "--reset", description = "restore the class's copy of the sample data (the user's workspaces are never touched)")
    boolean reset;

    @Option(names = "--check", description = "check lesson files (the bundled lessons when no FILE is given)")
    boolean check;

    @picocli.CommandLine.Parameters(paramLabel = "FILE", arity = "0..*", description = "lesson files for --check")
    List<Path> files = List.of();

    @Override
    public Integer call() {
        PrintWriter o = spec.commandLine().getOut();
        if (reset) {
            return reset(o);
        }
        if (check) {
            return check(o);
        }
        if (!list) {
            throw new UserException("lesson.cli.what");
        }
        for (Lesson l : LessonLibrary.bundled()) {
            o.println(Messages.get("lesson.cli.line", l.id(), l.title().in(Messages.locale()), l.steps().size(), l.minutes()));
        }
        return MainCommand.OK;
    }

    private int reset(PrintWriter o) {
        LessonSandbox sandbox = new LessonSandbox(DataDirectory.resolve(main.dataDir));
        if (!sandbox.prepared()) {
            TerminalProgress progress = new TerminalProgress(spec.commandLine().getErr(), "lesson");
            sandbox.prepare(progress);
            progress.end();
        }
        Duration took = sandbox.reset();
        o.println(Messages.get("lesson.cli.reset", sandbox.classFolder().toString(), took.toMillis() / 1000.0));
        return MainCommand.OK;
    }

    private int check(PrintWriter o) {
        List<Lesson> lessons;
        try {
            lessons = files.isEmpty() ? LessonLibrary.bundled() : files.stream().map(LessonLibrary::read).toList();
        } catch (UserException e) {
            spec.commandLine().getErr().println(e.localized());
            return MainCommand.BAD_INPUT;
        }
        int bad = 0;
        for (Lesson l : lessons) {
            List<String> problems = LessonValidator.problems(l);
            if (problems.isEmpty()) {
                o.println(Messages.get("lesson.cli.checkOk", l.id(), l.steps().size()));
            } else {
                bad++;
                problems.forEach(p -> spec.commandLine().getErr().println(Messages.get("lesson.cli.problem", l.id(), p)));
            }
        }
        return bad == 0 ? MainCommand.OK : MainCommand.BAD_INPUT;
    }
}
