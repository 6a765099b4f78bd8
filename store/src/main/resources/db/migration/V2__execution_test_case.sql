-- The test case of the mock configuration that a mocked execution answers its Task states from
-- (started on <stateMachineArn>#<testCase>); a restart needs it to go on answering them.
ALTER TABLE executions ADD COLUMN test_case TEXT;
