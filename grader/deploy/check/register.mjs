// Registers json-hooks.mjs before validate.mjs loads: node --import ./register.mjs validate.mjs FILE...
import { register } from "node:module";

register("./json-hooks.mjs", import.meta.url);
