// Validates deployment recipes with real parsers:
//   GitHub Actions workflows: @actions/workflow-parser, the parser behind GitHub's own workflow editor
//     (the workflow schema: unknown keys, wrong types, malformed ${{ }} expressions);
//   Kubernetes manifests: kubernetes-models, the Kubernetes API's OpenAPI schemas (types, required
//     fields, enumerations such as completionMode or restartPolicy).
//
//   node --import ./register.mjs validate.mjs FILE...
//
// A file whose documents all have apiVersion and kind is Kubernetes; any other is a workflow. Prints
// one line per file (ok / FAIL, with every error) and exits 1 if any file fails, 2 on a usage error.
import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { parseAllDocuments } from "yaml";
import { parseWorkflow, NoOperationTraceWriter } from "@actions/workflow-parser";
import { Job } from "kubernetes-models/batch/v1/Job";
import { PersistentVolumeClaim } from "kubernetes-models/v1/PersistentVolumeClaim";

// The kinds the recipes use; any other kind is an error rather than a silent pass.
const MODELS = {
    "batch/v1 Job": Job,
    "v1 PersistentVolumeClaim": PersistentVolumeClaim,
};

function yamlDocuments(text) {
    const docs = parseAllDocuments(text, { uniqueKeys: true, prettyErrors: true });
    // parseAllDocuments returns a lone error list-like object when the stream itself is broken.
    const list = Array.isArray(docs) ? docs : [docs];
    const errors = list.flatMap((d) => (d.errors ?? []).map((e) => e.message));
    const values = list.map((d) => d.toJS()).filter((v) => v !== null && v !== undefined);
    return { errors, values };
}

function isKubernetes(values) {
    return values.length > 0 && values.every((v) => typeof v === "object" && "apiVersion" in v && "kind" in v);
}

function validateKubernetes(values) {
    const errors = [];
    values.forEach((doc, i) => {
        const key = `${doc.apiVersion} ${doc.kind}`;
        const where = `document ${i + 1} (${doc.kind} ${doc.metadata?.name ?? "?"})`;
        const Model = MODELS[key];
        if (!Model) {
            errors.push(`${where}: no schema here for ${key} (known: ${Object.keys(MODELS).join(", ")})`);
            return;
        }
        try {
            new Model(doc).validate();
        } catch (e) {
            errors.push(`${where}: ${e.message}`);
        }
    });
    return { kind: `Kubernetes, ${values.length} document(s)`, errors };
}

function validateWorkflow(name, content) {
    const result = parseWorkflow({ name, content }, new NoOperationTraceWriter());
    const errors = result.context.errors.getErrors().map((e) => e.message);
    if (errors.length === 0 && !result.value) {
        errors.push("the parser returned no workflow");
    }
    return { kind: "GitHub Actions workflow", errors };
}

function check(file) {
    let content;
    try {
        content = readFileSync(file, "utf8");
    } catch (e) {
        return { kind: "unreadable", errors: [e.message] };
    }
    const { errors, values } = yamlDocuments(content);
    if (errors.length > 0) {
        return { kind: "YAML", errors };
    }
    return isKubernetes(values) ? validateKubernetes(values) : validateWorkflow(basename(file), content);
}

const files = process.argv.slice(2);
if (files.length === 0) {
    console.error("usage: node --import ./register.mjs validate.mjs FILE...");
    process.exit(2);
}
let failed = 0;
for (const file of files) {
    const { kind, errors } = check(file);
    if (errors.length === 0) {
        console.log(`ok   ${file} (${kind})`);
    } else {
        failed++;
        console.log(`FAIL ${file} (${kind}): ${errors.length} error(s)`);
        for (const e of errors) {
            console.log(`       ${e.replaceAll("\n", "\n       ")}`);
        }
    }
}
console.log(failed === 0 ? `all ${files.length} file(s) valid` : `${failed} of ${files.length} file(s) invalid`);
process.exit(failed === 0 ? 0 : 1);
