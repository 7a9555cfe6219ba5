// A module-loader hook: @actions/workflow-parser imports its schema as `import schema from "x.json"`,
// without the `with { type: "json" }` attribute Node requires for JSON modules. Adding the attribute
// to every .json URL lets Node load them as JSON modules unchanged.
export async function load(url, context, nextLoad) {
    if (new URL(url).pathname.endsWith(".json")) {
        return nextLoad(url, { ...context, importAttributes: { ...context.importAttributes, type: "json" } });
    }
    return nextLoad(url, context);
}
