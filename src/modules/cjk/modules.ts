// The _codecs_cn, _codecs_tw, _codecs_hk, _codecs_jp, _codecs_kr and _codecs_iso2022 modules:
// each has getcodec(name), giving a _multibytecodec.MultibyteCodec for one of its codecs.
import { makeCjkModule } from "./multibytecodec.ts";

export const makeCodecsCn = makeCjkModule("_codecs_cn");
export const makeCodecsTw = makeCjkModule("_codecs_tw");
export const makeCodecsHk = makeCjkModule("_codecs_hk");
export const makeCodecsJp = makeCjkModule("_codecs_jp");
export const makeCodecsKr = makeCjkModule("_codecs_kr");
export const makeCodecsIso2022 = makeCjkModule("_codecs_iso2022");
