// Equipment and service log: due rules, warranty, ticket life cycle, bad input, history.
export * from "./schedule";
export * from "./tickets";
export * from "./problems";
export * from "./history";
