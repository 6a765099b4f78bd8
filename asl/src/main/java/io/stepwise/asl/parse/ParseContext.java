package io.stepwise.asl.parse;

import io.stepwise.asl.diagnostic.Diagnostics;
import io.stepwise.asl.model.QueryLanguage;

/** What every state parser needs: the machine's query language and where problems go. */
record ParseContext(QueryLanguage machineLanguage, Diagnostics diagnostics) {}
