/** The target of findings about the whole model, as the engine's model-scope rules use it. */
export const MODEL_TARGET_ID = "model";
