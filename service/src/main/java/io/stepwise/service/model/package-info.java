/**
 * The published models of the AWS services Stepwise speaks or checks against (Step Functions,
 * Lambda), and their shapes compiled once: the server checks requests against them, TestState
 * mocked results.
 */
package io.stepwise.service.model;
