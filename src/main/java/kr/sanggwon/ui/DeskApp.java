package kr.sanggwon.ui;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import kr.sanggwon.common.Messages;

/** The JavaFX application. Started by {@link kr.sanggwon.Launcher} when no CLI command is given. */
public final class DeskApp extends Application {
    public static void main(String[] args) {
        Application.launch(DeskApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        BorderPane root = new BorderPane(new Label(Messages.get("app.title")));
        stage.setTitle(Messages.get("app.title"));
        stage.setScene(new Scene(root, 1100, 720));
        stage.show();
    }
}
