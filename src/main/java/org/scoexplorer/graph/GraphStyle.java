package org.scoexplorer.graph;

/**
 * The graph's stylesheet, in GraphStream's own CSS dialect (not JavaFX CSS). Passed as text: loading
 * it by URL fails for resources inside a jar. Node colours match the status badges of the tables;
 * ("none" is a keyword of that dialect, so countries without status get the class "nostatus");
 * edge modes differ in width and pattern as well as colour, so they stay apart in grey-scale; planned
 * and under-construction legs are dashed or dotted.
 */
public final class GraphStyle {
    private GraphStyle() {}

    /** The stylesheet for a theme: light or dark. */
    public static String forTheme(boolean dark) {
        return dark ? DARK : LIGHT;
    }

    public static final String LIGHT = """
            graph { fill-color: #f7f6f2; padding: 50px; }
            node {
                size-mode: dyn-size; size: 8px; fill-color: #6b6b6b;
                stroke-mode: plain; stroke-color: #ffffff; stroke-width: 1px;
                text-size: 11; text-color: #1e1e1e; text-alignment: at-right; text-offset: 3px, -2px;
                text-background-mode: rounded-box; text-background-color: #ffffffc0; text-padding: 1px;
                text-visibility-mode: under-zoom; text-visibility: 0.45; z-index: 3;
            }
            node.hub { text-visibility-mode: under-zoom; text-visibility: 1.2; text-size: 12; }
            node.member { fill-color: #1f5fa8; }
            node.observer { fill-color: #2e8b57; }
            node.dialogue_partner { fill-color: #c07a12; }
            node.guest { fill-color: #7a4fa3; }
            node.nostatus { fill-color: #6b6b6b; }
            node.dim { fill-color: #c8c8c8; text-color: #9a9a9a; }
            node.selected {
                stroke-mode: plain; stroke-color: #d7191c; stroke-width: 3px;
                text-visibility-mode: normal; text-style: bold; z-index: 10;
            }
            edge { size: 2px; fill-color: #444444; z-index: 1; }
            edge.rail { size: 3px; fill-color: #2b2b2b; stroke-color: #2b2b2b; }
            edge.road { size: 2px; fill-color: #d9822b; stroke-color: #d9822b; }
            edge.sea { size: 2px; fill-color: #3b8bd0; stroke-color: #3b8bd0; }
            edge.pipeline { size: 5px; fill-color: #7fbf7f; stroke-color: #4c9a4c; }
            edge.planned { fill-mode: none; stroke-mode: dashes; stroke-width: 2px; }
            edge.under_construction { fill-mode: none; stroke-mode: dots; stroke-width: 2px; }
            edge.highlight { fill-color: #e6550d; stroke-color: #e6550d; size: 5px; z-index: 5; }
            edge.route { fill-mode: plain; fill-color: #d7191c; stroke-mode: none; size: 6px; z-index: 6; }
            edge.selected { fill-mode: plain; fill-color: #7b3294; stroke-mode: none; size: 6px; z-index: 7; }
            """;

    /** The dark theme: the same classes, light lines and labels on a dark ground. */
    public static final String DARK = LIGHT
            .replace("graph { fill-color: #f7f6f2;", "graph { fill-color: #1f2124;")
            .replace("stroke-color: #ffffff; stroke-width: 1px;", "stroke-color: #1f2124; stroke-width: 1px;")
            .replace("text-color: #1e1e1e;", "text-color: #e8e8e8;")
            .replace("text-background-color: #ffffffc0;", "text-background-color: #1f2124c0;")
            .replace("edge { size: 2px; fill-color: #444444;", "edge { size: 2px; fill-color: #bbbbbb;")
            .replace("edge.rail { size: 3px; fill-color: #2b2b2b; stroke-color: #2b2b2b; }",
                    "edge.rail { size: 3px; fill-color: #d8d8d8; stroke-color: #d8d8d8; }")
            .replace("node.dim { fill-color: #c8c8c8; text-color: #9a9a9a; }", "node.dim { fill-color: #555555; text-color: #888888; }");
}
