/**
 * The published models of the AWS services Stepwise speaks or checks against, and their shapes
 * compiled once: the server checks requests against the Step Functions model, TestState mocked
 * results against the output shapes of Step Functions, Lambda and the services whose output models
 * are bundled here, with the constraints AWS enforces differently from a model overridden.
 */
package io.stepwise.service.model;
