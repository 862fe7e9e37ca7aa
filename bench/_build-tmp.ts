import { ensureBuild } from "./next-server";
console.log("NODE_ENV", process.env.NODE_ENV);
ensureBuild(console.log).then(() => console.log("ok"), (e) => console.log("fail", e.message));
