package org.scoexplorer.ui;

import java.util.List;
import java.util.stream.Collectors;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.scoexplorer.data.Problem;

/**
 * The app's dialogs. None blocks the caller (show, not showAndWait), so background loads, tests and
 * the file watcher carry on; all texts are selectable so users can copy them into a bug report.
 */
final class Dialogs {
    private Dialogs() {}

    static Alert problems(Window owner, String fileName, List<Problem> problems, boolean keptOld) {
        long errors = problems.stream().filter(Problem::isError).count();
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.initOwner(owner);
        alert.setTitle(I18n.t("problems.dialog.title"));
        alert.setHeaderText(I18n.t("problems.dialog.header", fileName, errors)
                + (keptOld ? " " + I18n.t("problems.dialog.kept") : ""));
        TextArea text = new TextArea(problems.stream().map(Problem::format).collect(Collectors.joining("\n")));
        text.setEditable(false);
        text.setWrapText(false);
        text.setPrefColumnCount(90);
        text.setPrefRowCount(Math.min(16, Math.max(4, problems.size())));
        text.setId("problems-dialog-text");
        Label hint = new Label(I18n.t("problems.dialog.hint"));
        hint.setWrapText(true);
        alert.getDialogPane().setContent(new VBox(8, hint, text));
        alert.getDialogPane().setId("problems-dialog");
        alert.setResizable(true);
        alert.show();
        return alert;
    }

    static Alert error(Window owner, String title, String message, String details) {
        Alert alert = new Alert(Alert.AlertType.ERROR, message, ButtonType.OK);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(title);
        if (details != null) {
            TextArea text = new TextArea(details);
            text.setEditable(false);
            text.setPrefRowCount(12);
            alert.getDialogPane().setExpandableContent(text);
        }
        alert.setResizable(true);
        alert.show();
        return alert;
    }

    static Alert info(Window owner, String title, String header, String body) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(header);
        TextArea text = new TextArea(body);
        text.setEditable(false);
        text.setWrapText(true);
        text.setStyle("-fx-font-family: 'DejaVu Sans Mono', monospace;"); // the shortcut columns line up
        text.setPrefColumnCount(70);
        text.setPrefRowCount(Math.min(24, (int) body.lines().count() + 1));
        alert.getDialogPane().setContent(text);
        alert.setResizable(true);
        alert.show();
        return alert;
    }
}
