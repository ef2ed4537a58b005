package org.scoexplorer.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.util.WaitForAsyncUtils.waitFor;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javafx.application.Platform;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.scoexplorer.data.DatasetLoader;
import org.scoexplorer.graph.CorridorGraphView;
import org.scoexplorer.model.Place;
import org.scoexplorer.service.Route;
import org.scoexplorer.ui.corridors.CorridorsTab;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The Corridors tab with its GraphStream graph, headless under Monocle. */
@ExtendWith(ApplicationExtension.class)
class CorridorsTabTest {
    private final ExecutorService background = Executors.newSingleThreadExecutor();
    private MainViewModel model;
    private MainView view;
    private Set<Thread> threadsBefore;

    @Start
    void start(Stage stage) {
        threadsBefore = Thread.getAllStackTraces().keySet();
        model = new MainViewModel(background, Platform::runLater);
        view = new MainView(model, url -> { });
        Scene scene = new Scene(view.root(), 1280, 800);
        view.installAccelerators(scene);
        stage.setScene(scene);
        stage.show();
        stage.requestFocus();
        model.load(DatasetLoader.BUNDLED_NAME, new DatasetLoader()::loadBundled);
    }

    @AfterEach
    void stop() {
        background.shutdownNow();
    }

    private CorridorGraphView openGraph(FxRobot robot) throws Exception {
        waitFor(20, TimeUnit.SECONDS, () -> model.getData() != null);
        robot.press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.DIGIT4).release(javafx.scene.input.KeyCode.DIGIT4, javafx.scene.input.KeyCode.CONTROL);
        CorridorsTab tab = view.corridorsTab();
        waitFor(20, TimeUnit.SECONDS, () -> tab.graphView() != null);
        robot.interact(() -> { });
        return tab.graphView();
    }

    /** Fills From and To (set directly: the completion pop-up would cover the button under Monocle). */
    private static void typeRoute(FxRobot robot, String from, String to) {
        robot.interact(() -> {
            robot.lookup("#route-from").queryTextInputControl().setText(from);
            robot.lookup("#route-to").queryTextInputControl().setText(to);
        });
    }

    @Test
    void theTabShowsTheGraphOfEveryLeg(FxRobot robot) throws Exception {
        CorridorGraphView graph = openGraph(robot);
        assertThat(graph.node().getScene()).isNotNull();
        assertThat(graph.classesOf("tehran")).contains("member");
        assertThat(graph.isHidden("tehran")).isFalse();
        assertThat(robot.lookup("#status-text").queryAs(Label.class).getText()).startsWith("Corridor graph drawn in");
    }

    @Test
    void hidingACorridorHidesItsEdgesOnly(FxRobot robot) throws Exception {
        CorridorGraphView graph = openGraph(robot);
        var index = model.getData().index();
        String ktiLeg = index.legsOf("kti-railway").get(0).id();
        String otherLeg = index.legsOf("titr").get(0).id();
        var list = view.corridorsTab().corridorList();
        robot.interact(() -> list.scrollTo(index.corridor("kti-railway").orElseThrow()));
        robot.interact(() -> robot.lookup("#show-kti-railway").queryAs(CheckBox.class).fire());
        waitFor(5, TimeUnit.SECONDS, () -> graph.isHidden(ktiLeg));
        assertThat(graph.isHidden(otherLeg)).isFalse();
        robot.interact(() -> robot.lookup("#show-kti-railway").queryAs(CheckBox.class).fire());
        waitFor(5, TimeUnit.SECONDS, () -> !graph.isHidden(ktiLeg));
    }

    @Test
    void aModeFilterHidesThatModesLegs(FxRobot robot) throws Exception {
        CorridorGraphView graph = openGraph(robot);
        var legs = model.getData().index().dataset().legs();
        robot.clickOn("#mode-pipeline");
        waitFor(5, TimeUnit.SECONDS, () -> legs.stream().filter(l -> l.mode().code().equals("pipeline"))
                .allMatch(l -> graph.isHidden(l.id())));
        assertThat(legs.stream().filter(l -> l.mode().code().equals("rail")).noneMatch(l -> graph.isHidden(l.id()))).isTrue();
    }

    @Test
    void aRouteIsHighlightedInTheGraphAndListedLegByLeg(FxRobot robot) throws Exception {
        CorridorGraphView graph = openGraph(robot);
        typeRoute(robot, "Kashgar", "Istanbul");
        robot.clickOn("#route-find");
        ListView<Route.Step> list = robot.lookup("#route-list").queryListView();
        waitFor(5, TimeUnit.SECONDS, () -> !list.getItems().isEmpty());
        Route.Step first = list.getItems().get(0);
        assertThat(first.from().id()).isEqualTo("kashgar");
        assertThat(list.getItems().get(list.getItems().size() - 1).to().id()).isEqualTo("istanbul");
        assertThat(graph.classesOf(first.leg().id())).startsWith("route,");
        assertThat(robot.lookup("#route-message").queryAs(Label.class).getText()).contains("km in total");
        // and it is drawn: the route's red appears in the picture (GraphStream lets the first class win)
        waitFor(5, TimeUnit.SECONDS, () -> redPixels(robot, graph) > 200);
    }

    private static int redPixels(FxRobot robot, CorridorGraphView graph) {
        int[] count = new int[1];
        robot.interact(() -> {
            var image = graph.snapshot();
            var reader = image.getPixelReader();
            for (int y = 0; y < image.getHeight(); y++) {
                for (int x = 0; x < image.getWidth(); x++) {
                    int p = reader.getArgb(x, y);
                    if (((p >> 16) & 255) > 180 && ((p >> 8) & 255) < 70 && (p & 255) < 70) {
                        count[0]++;
                    }
                }
            }
        });
        return count[0];
    }

    @Test
    void anImpossibleRouteSaysSo(FxRobot robot) throws Exception {
        openGraph(robot);
        typeRoute(robot, "kashgar", "west-siberian-gas-fields");
        robot.clickOn("#route-find");
        waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#route-message").queryAs(Label.class).getText().startsWith("No route"));
    }

    @Test
    void choosingAPlaceInTheListSelectsAndCentresItsNode(FxRobot robot) throws Exception {
        CorridorGraphView graph = openGraph(robot);
        robot.clickOn("#place-filter").write("tehran");
        ListView<Place> places = robot.lookup("#place-list").queryListView();
        waitFor(5, TimeUnit.SECONDS, () -> places.getItems().size() == 1);
        robot.clickOn(robot.lookup("#place-list .list-cell").nth(0).queryAs(javafx.scene.Node.class));
        waitFor(5, TimeUnit.SECONDS, () -> graph.classesOf("tehran").contains("selected"));
        assertThat(graph.viewPercent()).isLessThan(1.0);
        assertThat(robot.lookup("#corridor-detail-title").queryAs(Label.class).getText()).isEqualTo("Tehran");
    }

    @Test
    void clickingANodeInTheGraphSelectsIt(FxRobot robot) throws Exception {
        CorridorGraphView graph = openGraph(robot);
        Point2D px = graph.pixelOf("moscow");
        Point2D screen = graph.panel().localToScreen(px);
        robot.clickOn(screen);
        waitFor(5, TimeUnit.SECONDS, () -> graph.classesOf("moscow").contains("selected"));
        assertThat(robot.lookup("#corridor-detail-title").queryAs(Label.class).getText()).isEqualTo("Moscow");
    }

    @Test
    void theForceLayoutKeepsTheSelection(FxRobot robot) throws Exception {
        CorridorGraphView graph = openGraph(robot);
        robot.interact(() -> model.getData());
        robot.clickOn("#place-filter").write("moscow");
        robot.clickOn(robot.lookup("#place-list .list-cell").nth(0).queryAs(javafx.scene.Node.class));
        waitFor(5, TimeUnit.SECONDS, () -> graph.classesOf("moscow").contains("selected"));
        Point2D before = graph.pixelOf("astrakhan");
        robot.clickOn("#layout-force");
        waitFor(20, TimeUnit.SECONDS, () -> !graph.pixelOf("astrakhan").equals(before)
                && !robot.lookup("#layout-progress").query().isVisible());
        assertThat(graph.classesOf("moscow")).contains("selected");
        robot.clickOn("#layout-geographic");
        assertThat(graph.classesOf("moscow")).contains("selected");
    }

    @Test
    void theGraphSavesAsAPng(FxRobot robot, @TempDir Path dir) throws Exception {
        CorridorGraphView graph = openGraph(robot);
        Path file = dir.resolve("graph.png");
        robot.interact(() -> {
            try {
                CorridorsTab.writePng(graph.snapshot(), file);
            } catch (java.io.IOException e) {
                throw new AssertionError(e);
            }
        });
        byte[] png = Files.readAllBytes(file);
        assertThat(png).startsWith((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G');
        assertThat(png.length).isGreaterThan(2000);
    }

    @Test
    void closingTheViewLeavesNoGraphStreamThreadBehind(FxRobot robot) throws Exception {
        openGraph(robot);
        robot.interact(view::close);
        assertThat(view.corridorsTab().graphView()).isNull();
        Set<String> leftover = Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.isAlive() && !threadsBefore.contains(t))
                .filter(t -> isGraphStream(t))
                .map(Thread::getName).collect(Collectors.toSet());
        assertThat(leftover).isEmpty();
    }

    private static boolean isGraphStream(Thread t) {
        for (StackTraceElement e : t.getStackTrace()) {
            if (e.getClassName().startsWith("org.graphstream")) {
                return true;
            }
        }
        return t.getName().toLowerCase().contains("graphstream") || t.getName().toLowerCase().contains("layout");
    }
}
