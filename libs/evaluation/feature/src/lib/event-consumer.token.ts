/** The consumer of the indicators and catalog events that the evaluation service reacts to. */
export const EVALUATION_EVENT_CONSUMER = Symbol('EVALUATION_EVENT_CONSUMER');
