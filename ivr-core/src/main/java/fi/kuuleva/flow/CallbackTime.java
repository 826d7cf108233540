package fi.kuuleva.flow;

/** When a resident asking for a call-back would rather be called: said by key, silence meaning no preference. */
public enum CallbackTime { MORNING, AFTERNOON, ANY }
