package org.scoexplorer.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.util.WaitForAsyncUtils.waitFor;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.scoexplorer.data.DatasetLoader;
import org.scoexplorer.model.Country;
import org.scoexplorer.model.Document;
import org.scoexplorer.service.RecordKind;
import org.scoexplorer.service.RecordRef;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The explorer on the bundled dataset, driven like a user would (headless under Monocle). */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {
    private final ExecutorService background = Executors.newSingleThreadExecutor();
    private final List<String> browsed = new CopyOnWriteArrayList<>();
    private MainViewModel model;
    private MainView view;

    @Start
    void start(Stage stage) {
        model = new MainViewModel(background, Platform::runLater);
        view = new MainView(model, browsed::add);
        Scene scene = new Scene(view.root(), 1280, 800);
        view.installAccelerators(scene);
        stage.setScene(scene);
        stage.show();
        stage.requestFocus();
        model.load(DatasetLoader.BUNDLED_NAME, new DatasetLoader()::loadBundled);
    }

    @AfterEach
    void stopLoader() {
        background.shutdownNow();
    }

    private void waitForData(FxRobot robot) throws Exception {
        waitFor(20, TimeUnit.SECONDS, () -> model.getData() != null);
        robot.interact(() -> { });
    }

    private String selectedTab(FxRobot robot) {
        return robot.lookup("#main-tabs").queryAs(TabPane.class).getSelectionModel().getSelectedItem().getText();
    }

    private <T> TableView<T> table(FxRobot robot, String id) {
        return robot.lookup(id).queryTableView();
    }

    private Hyperlink link(FxRobot robot, String paneId, String text) {
        return robot.lookup(paneId + " .record-link").match((Node n) -> ((Hyperlink) n).getText().equals(text))
                .queryAs(Hyperlink.class);
    }

    /** Picks an entry of a filter drop-down by its label. */
    private void choose(FxRobot robot, String comboId, String label) {
        @SuppressWarnings("unchecked")
        javafx.scene.control.ComboBox<Object> box = robot.lookup(comboId).queryAs(javafx.scene.control.ComboBox.class);
        robot.interact(() -> box.getSelectionModel().select(box.getItems().stream()
                .filter(o -> o.toString().equals(label)).findFirst().orElseThrow()));
    }

    @Test
    void theOverviewIsTheLandingViewWithTheSummitAtAGlance(FxRobot robot) throws Exception {
        waitForData(robot);
        assertThat(selectedTab(robot)).isEqualTo("Overview");
        assertThat(robot.lookup("#main-tabs").queryAs(TabPane.class).getTabs()).extracting(t -> t.getText())
                .containsExactly("Overview", "Members", "Documents", "Corridors", "Directory");
        assertThat(robot.lookup("#overview-detail-title").queryAs(Label.class).getText()).contains("24th");
        assertThat(robot.lookup("10 member states · 2 observers · 14 dialogue partners · 1 guest of the chair")
                .tryQuery()).isPresent();
        assertThat(robot.lookup("#membership-timeline").tryQuery()).isPresent();
        assertThat(robot.lookup("#status-text").queryAs(Label.class).getText())
                .startsWith("sco-astana-2024.json · 29 countries · 24 documents");
    }

    @Test
    void aThemeButtonFiltersTheDocumentsAndTheThemeFilterClearsIt(FxRobot robot) throws Exception {
        waitForData(robot);
        robot.interact(() -> robot.lookup("#theme-security").queryAs(Button.class).fire());
        assertThat(selectedTab(robot)).isEqualTo("Documents");
        TableView<Document> docs = table(robot, "#documents-table");
        waitFor(5, TimeUnit.SECONDS, () -> docs.getItems().size() < 24);
        assertThat(docs.getItems()).isNotEmpty().allSatisfy(d -> assertThat(d.themes()).contains("security"));
        assertThat(robot.lookup("#theme-filter").queryComboBox().getValue().toString()).isEqualTo("Security");
        choose(robot, "#theme-filter", "All themes");
        waitFor(5, TimeUnit.SECONDS, () -> docs.getItems().size() == 24);
    }

    @Test
    void aThemeWithoutDocumentsShowsTheCountriesThatSpokeToIt(FxRobot robot) throws Exception {
        waitForData(robot);
        robot.interact(() -> robot.lookup("#theme-space").queryAs(Button.class).fire());
        assertThat(selectedTab(robot)).isEqualTo("Members");
        TableView<Country> table = table(robot, "#countries-table");
        waitFor(5, TimeUnit.SECONDS, () -> table.getItems().size() < 29);
        assertThat(table.getItems()).extracting(Country::id).contains("CN");
        assertThat(robot.lookup("#members-theme-chip").queryAs(Button.class).isVisible()).isTrue();
    }

    @Test
    void switchingTabsIsAStepOfTheHistory(FxRobot robot) throws Exception {
        waitForData(robot);
        robot.interact(() -> view.open(RecordRef.country("IN")));
        robot.interact(() -> view.open(RecordRef.document("astana-declaration")));
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        waitFor(5, TimeUnit.SECONDS, () -> "Members".equals(selectedTab(robot)));
        assertThat(view.navigation().getCurrent()).isEqualTo(RecordRef.country("IN"));
        robot.interact(() -> view.open(RecordRef.person("s-jaishankar")));
        robot.interact(() -> view.navigation().back());
        assertThat(selectedTab(robot)).isEqualTo("Members");
        assertThat(view.navigation().getCurrent()).isEqualTo(RecordRef.country("IN"));
    }

    @Test
    void browsingATableWithTheArrowKeysDoesNotFillTheHistory(FxRobot robot) throws Exception {
        waitForData(robot);
        robot.interact(() -> view.open(RecordRef.document("astana-declaration")));
        robot.interact(() -> view.open(RecordRef.country("CN")));
        TableView<Country> table = table(robot, "#countries-table");
        robot.interact(table::requestFocus);
        for (int i = 0; i < 5; i++) {
            robot.press(KeyCode.DOWN).release(KeyCode.DOWN);
        }
        waitFor(5, TimeUnit.SECONDS, () -> !RecordRef.country("CN").equals(view.navigation().getCurrent()));
        assertThat(view.navigation().getCurrent().kind()).isEqualTo(RecordKind.COUNTRY);
        robot.interact(() -> view.navigation().back());
        assertThat(view.navigation().getCurrent()).isEqualTo(RecordRef.document("astana-declaration"));
        assertThat(selectedTab(robot)).isEqualTo("Documents");
    }

    @Test
    void filteringMembersByTextAndStatusChangesTheRowsAndTheCount(FxRobot robot) throws Exception {
        waitForData(robot);
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        TableView<Country> table = table(robot, "#countries-table");
        assertThat(table.getItems()).hasSize(29);
        robot.clickOn("#countries-filter").write("turkiye");
        waitFor(5, TimeUnit.SECONDS, () -> table.getItems().size() == 1);
        assertThat(table.getItems().get(0).id()).isEqualTo("TR");
        assertThat(robot.lookup("#countries-count").queryAs(Label.class).getText()).isEqualTo("1 of 29 countries");
        robot.interact(() -> robot.lookup("#countries-filter").queryTextInputControl().clear());
        choose(robot, "#status-filter", "Observer");
        waitFor(5, TimeUnit.SECONDS, () -> table.getItems().size() == 2);
        assertThat(table.getItems()).extracting(Country::id).containsExactlyInAnyOrder("MN", "AF");
    }

    @Test
    void selectingACountryShowsItsDetailsAndALinkNavigatesAndBackReturns(FxRobot robot) throws Exception {
        waitForData(robot);
        robot.interact(() -> view.open(RecordRef.country("IN")));
        assertThat(selectedTab(robot)).isEqualTo("Members");
        TableView<Country> table = table(robot, "#countries-table");
        assertThat(table.getSelectionModel().getSelectedItem().id()).isEqualTo("IN");
        assertThat(robot.lookup("#country-detail-title").queryAs(Label.class).getText()).isEqualTo("India");

        robot.clickOn(link(robot, "#country-detail", "S. Jaishankar"));
        waitFor(5, TimeUnit.SECONDS, () -> "Directory".equals(selectedTab(robot)));
        assertThat(robot.lookup("#entry-detail-title").queryAs(Label.class).getText()).isEqualTo("S. Jaishankar");

        robot.press(KeyCode.ALT, KeyCode.LEFT).release(KeyCode.LEFT, KeyCode.ALT);
        waitFor(5, TimeUnit.SECONDS, () -> "Members".equals(selectedTab(robot)));
        assertThat(table.getSelectionModel().getSelectedItem().id()).isEqualTo("IN");

        robot.clickOn("#forward-button");
        waitFor(5, TimeUnit.SECONDS, () -> "Directory".equals(selectedTab(robot)));
        assertThat(view.navigation().getCurrent()).isEqualTo(RecordRef.person("s-jaishankar"));
    }

    @Test
    void aLinkToAHiddenRecordClearsTheFiltersThatHideIt(FxRobot robot) throws Exception {
        waitForData(robot);
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        robot.clickOn("#countries-filter").write("kazakh");
        TableView<Country> table = table(robot, "#countries-table");
        waitFor(5, TimeUnit.SECONDS, () -> table.getItems().size() == 1);
        robot.interact(() -> view.open(RecordRef.country("CN")));
        waitFor(5, TimeUnit.SECONDS, () -> table.getItems().size() == 29);
        assertThat(table.getSelectionModel().getSelectedItem().id()).isEqualTo("CN");
    }

    @Test
    void ctrlKSearchesAndEnterOpensTheBestHit(FxRobot robot) throws Exception {
        waitForData(robot);
        robot.press(KeyCode.CONTROL, KeyCode.K).release(KeyCode.K, KeyCode.CONTROL);
        assertThat(robot.lookup("#search-field").queryAs(javafx.scene.control.TextField.class).isFocused()).isTrue();
        robot.write("Turkey");
        waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#search-results").queryListView().getItems().size() > 0);
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#search-results").tryQuery().map(n -> n.getScene() == null
                || !n.getScene().getWindow().isShowing()).orElse(true));
        waitFor(5, TimeUnit.SECONDS, () -> "Members".equals(selectedTab(robot)));
        assertThat(table(robot, "#countries-table").getSelectionModel().getSelectedItem())
                .extracting(c -> ((Country) c).id()).isEqualTo("TR");
    }

    @Test
    void searchFindsADocumentByASummaryWord(FxRobot robot) throws Exception {
        waitForData(robot);
        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        robot.write("drug");
        var results = robot.lookup("#search-results").queryListView();
        waitFor(5, TimeUnit.SECONDS, () -> !results.getItems().isEmpty());
        var hit = results.getItems().stream().map(h -> (org.scoexplorer.service.SearchHit) h)
                .filter(h -> h.ref().kind() == RecordKind.DOCUMENT).findFirst().orElseThrow();
        int row = results.getItems().indexOf(hit);
        robot.interact(() -> results.scrollTo(row));
        robot.clickOn(robot.lookup("#search-results .list-cell").match((javafx.scene.control.ListCell<?> c) ->
                c.getItem() == hit).queryAs(javafx.scene.Node.class));
        waitFor(5, TimeUnit.SECONDS, () -> "Documents".equals(selectedTab(robot)));
        assertThat(selectedTab(robot)).isEqualTo("Documents");
        TableView<Document> docs = table(robot, "#documents-table");
        assertThat(docs.getSelectionModel().getSelectedItem().id()).isEqualTo(hit.ref().id());
    }

    @Test
    void documentsFilterByTypeAndShowTheirDetails(FxRobot robot) throws Exception {
        waitForData(robot);
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT3).release(KeyCode.DIGIT3, KeyCode.CONTROL);
        TableView<Document> docs = table(robot, "#documents-table");
        assertThat(docs.getItems()).hasSize(24);
        choose(robot, "#type-filter", "Statement");
        waitFor(5, TimeUnit.SECONDS, () -> docs.getItems().size() == 3);
        assertThat(docs.getItems()).allSatisfy(d -> assertThat(d.signed()).isFalse());
        robot.interact(() -> docs.getSelectionModel().select(0));
        assertThat(robot.lookup("#document-detail-title").queryAs(Label.class).getText())
                .isEqualTo(docs.getItems().get(0).title());
        assertThat(robot.lookup("Adopted without signing").tryQuery()).isPresent();
    }

    @Test
    void sourcesOpenInTheBrowser(FxRobot robot) throws Exception {
        waitForData(robot);
        robot.interact(() -> view.open(RecordRef.country("KZ")));
        Hyperlink source = robot.lookup("#country-detail .source-link").queryAs(Hyperlink.class);
        robot.interact(source::fire);
        assertThat(browsed).singleElement().satisfies(url -> assertThat(url).startsWith("http"));
    }

    @Test
    void aCorridorLinkOpensTheCorridorsTabWithItHighlightedAndItsPlacesLink(FxRobot robot) throws Exception {
        waitForData(robot);
        robot.interact(() -> view.open(RecordRef.corridor("kti-railway")));
        assertThat(selectedTab(robot)).isEqualTo("Corridors");
        assertThat(view.corridorsTab().corridorList().getSelectionModel().getSelectedItem().id()).isEqualTo("kti-railway");
        assertThat(robot.lookup("#corridor-detail-title").queryAs(Label.class).getText())
                .isEqualTo("Kazakhstan–Turkmenistan–Iran railway");
        Hyperlink gorgan = link(robot, "#corridor-detail", "Gorgan");
        robot.interact(gorgan::fire);
        waitFor(5, TimeUnit.SECONDS, () -> "Directory".equals(selectedTab(robot)));
        assertThat(robot.lookup("#entry-detail-title").queryAs(Label.class).getText()).isEqualTo("Gorgan");
    }

    @Test
    void openingABadFileShowsItsProblemsAndKeepsTheDatasetShown(FxRobot robot, @org.junit.jupiter.api.io.TempDir
                                                                java.nio.file.Path dir) throws Exception {
        waitForData(robot);
        var shown = model.getData();
        java.nio.file.Path bad = dir.resolve("broken.json");
        java.nio.file.Files.writeString(bad, "{\n  \"formatVersion\": 1,\n  \"countries\": [ {\"id\": \"cn\"} ]\n");
        robot.interact(() -> view.open(bad));
        waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#problems-dialog-text").tryQuery().isPresent());
        String text = robot.lookup("#problems-dialog-text").queryTextInputControl().getText();
        assertThat(text).startsWith(bad.toAbsolutePath() + ":4:1: invalid JSON");
        assertThat(model.getData()).isSameAs(shown);
        assertThat(robot.lookup("#status-text").queryAs(Label.class).getText()).contains("still showing sco-astana-2024.json");
        robot.interact(() -> robot.lookup("#problems-dialog-text").query().getScene().getWindow().hide());
    }

    @Test
    void exportingTheTableWritesTheRowsShown(FxRobot robot, @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        waitForData(robot);
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        robot.clickOn("#countries-filter").write("kazakh");
        TableView<Country> table = table(robot, "#countries-table");
        waitFor(5, TimeUnit.SECONDS, () -> table.getItems().size() == 1);
        java.nio.file.Path csv = dir.resolve("members.csv");
        robot.interact(() -> view.exportTable(view.membersTableForTest().toTable(), csv));
        List<String> lines = java.nio.file.Files.readAllLines(csv);
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).startsWith("Country,Status,Since,Capital,Population");
        assertThat(lines.get(1)).startsWith("Kazakhstan,Member state,2001,Astana,20330104,");
    }

    @Test
    void anExportThatFailsLeavesNoFileBehindAndSaysSo(FxRobot robot, @org.junit.jupiter.api.io.TempDir
                                                       java.nio.file.Path dir) throws Exception {
        waitForData(robot);
        java.nio.file.Path csv = dir.resolve("gone").resolve("members.csv"); // the folder is not there
        robot.interact(() -> view.exportTable(view.membersTableForTest().toTable(), csv));
        waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("Export failed").tryQuery().isPresent());
        try (var files = java.nio.file.Files.list(dir)) {
            assertThat(files).isEmpty();
        }
        robot.interact(() -> robot.lookup("Export failed").query().getScene().getWindow().hide());
    }

    @Test
    void theDarkThemeSwitchesLive(FxRobot robot) throws Exception {
        waitForData(robot);
        robot.interact(() -> view.darkProperty().set(true));
        assertThat(view.root().getScene().getStylesheets()).anyMatch(css -> css.endsWith("dark.css"));
        robot.interact(() -> view.fontScaleProperty().set(1.25));
        assertThat(view.root().getStyle()).contains("16.3px");
        robot.interact(() -> view.darkProperty().set(false));
        assertThat(view.root().getScene().getStylesheets()).noneMatch(css -> css.endsWith("dark.css"));
    }

    @Test
    void anUnexpectedErrorShowsOneDialogEvenWhenItRepeats(FxRobot robot) throws Exception {
        waitForData(robot);
        long before = javafx.stage.Window.getWindows().size();
        robot.interact(() -> {
            view.showUnexpected(new IllegalStateException("boom"), null);
            view.showUnexpected(new IllegalStateException("boom again"), null);
        });
        assertThat(javafx.stage.Window.getWindows().size()).isEqualTo(before + 1);
        robot.interact(() -> javafx.stage.Window.getWindows().stream().filter(w -> w != view.root().getScene().getWindow())
                .filter(javafx.stage.Window::isShowing).toList().forEach(javafx.stage.Window::hide));
        robot.interact(() -> view.showUnexpected(new IllegalStateException("later"), null));
        assertThat(javafx.stage.Window.getWindows().stream().filter(javafx.stage.Window::isShowing).count()).isEqualTo(2);
        robot.interact(() -> javafx.stage.Window.getWindows().stream().filter(w -> w != view.root().getScene().getWindow())
                .filter(javafx.stage.Window::isShowing).toList().forEach(javafx.stage.Window::hide));
    }

    @Test
    void columnsSortWhenTheHeaderIsClicked(FxRobot robot) throws Exception {
        waitForData(robot);
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        TableView<Country> table = table(robot, "#countries-table");
        robot.clickOn("Population");
        robot.clickOn("Population"); // second click: descending
        waitFor(5, TimeUnit.SECONDS, () -> !table.getSortOrder().isEmpty());
        assertThat(table.getItems().subList(0, 2)).extracting(Country::id).containsExactlyInAnyOrder("IN", "CN");
    }
}
