/**
 * The web console: its static assets and the small JSON API it reads beside the Step Functions API
 * (graphs of definitions, executions paged across machines, per-state outcomes, live events).
 */
package io.stepwise.server.console;
