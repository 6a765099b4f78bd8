package io.stepwise.asl.analysis;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepwise.asl.diagnostic.AslSyntaxException;
import io.stepwise.asl.intrinsic.IntrinsicArgument;
import io.stepwise.asl.intrinsic.IntrinsicCall;
import io.stepwise.asl.jsonata.CompiledJsonata;
import io.stepwise.asl.model.Catcher;
import io.stepwise.asl.model.ChoiceRule;
import io.stepwise.asl.model.ChoiceState;
import io.stepwise.asl.model.FailState;
import io.stepwise.asl.model.MapState;
import io.stepwise.asl.model.ParallelState;
import io.stepwise.asl.model.PassState;
import io.stepwise.asl.model.PathField;
import io.stepwise.asl.model.QueryLanguage;
import io.stepwise.asl.model.State;
import io.stepwise.asl.model.StateMachine;
import io.stepwise.asl.model.SucceedState;
import io.stepwise.asl.model.TaskState;
import io.stepwise.asl.model.ValueSource;
import io.stepwise.asl.model.WaitState;
import io.stepwise.asl.model.Workflow;
import io.stepwise.asl.path.JsonPath;
import io.stepwise.asl.template.PayloadTemplate;
import io.stepwise.asl.template.TemplateNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The workflow variables each state reads, as DescribeStateMachine's {@code variableReferences}
 * shows them: state name to the sorted names of the variables its paths, templates, intrinsic calls
 * and JSONata expressions read. The states of Parallel branches and Map item processors are listed
 * beside the others (state names are unique in a machine); a state that reads no variable is left
 * out, and so are {@code $states}, {@code $$} and names a state only assigns.
 */
public final class VariableReferences {
  private final Map<String, List<String>> references = new LinkedHashMap<>();

  private VariableReferences() {}

  /** The variables read by each state of a valid {@code machine} that reads any. */
  public static Map<String, List<String>> of(StateMachine machine) {
    VariableReferences out = new VariableReferences();
    out.workflow(machine.workflow());
    return out.references;
  }

  private void workflow(Workflow workflow) {
    for (State state : workflow.states().values()) {
      StateReads reads = new StateReads(state.queryLanguage());
      read(state, reads);
      if (!reads.names.isEmpty()) {
        references.put(state.name(), List.copyOf(reads.names));
      }
      switch (state) {
        case ParallelState parallel -> parallel.branches().forEach(this::workflow);
        case MapState map -> workflow(map.itemProcessor());
        default -> {}
      }
    }
  }

  private static void read(State state, StateReads reads) {
    switch (state) {
      case PassState s -> {
        reads.paths(s.inputPath(), s.outputPath());
        reads.templates(s.parameters(), s.assign(), s.output());
      }
      case TaskState s -> {
        reads.paths(s.inputPath(), s.outputPath());
        reads.templates(
            s.parameters(), s.resultSelector(), s.credentials(), s.assign(), s.output());
        reads.values(s.timeoutSeconds(), s.heartbeatSeconds());
        reads.catchers(s.catchers());
      }
      case ParallelState s -> {
        reads.paths(s.inputPath(), s.outputPath());
        reads.templates(s.parameters(), s.resultSelector(), s.assign(), s.output());
        reads.catchers(s.catchers());
      }
      case MapState s -> MapReads.read(s, reads);
      case ChoiceState s -> {
        reads.paths(s.inputPath(), s.outputPath());
        reads.templates(s.assign(), s.output());
        for (ChoiceRule.Choice choice : s.choices()) {
          reads.rule(choice.rule());
          reads.templates(choice.assign(), choice.output());
        }
      }
      case WaitState s -> {
        reads.paths(s.inputPath(), s.outputPath());
        reads.templates(s.assign(), s.output());
        switch (s.duration()) {
          case WaitState.Seconds seconds -> reads.values(seconds.seconds());
          case WaitState.Timestamp timestamp -> reads.values(timestamp.timestamp());
          case null -> {}
        }
      }
      case SucceedState s -> {
        reads.paths(s.inputPath(), s.outputPath());
        reads.templates(s.output());
      }
      case FailState s -> reads.values(s.error(), s.cause());
    }
  }

  /** The variable names that the fields of one state read, sorted and without repeats. */
  static final class StateReads {
    final TreeSet<String> names = new TreeSet<>();
    final QueryLanguage language;

    StateReads(QueryLanguage language) {
      this.language = language;
    }

    void paths(PathField... fields) {
      for (PathField field : fields) {
        if (field instanceof PathField.Select select) {
          path(select.path());
        }
      }
    }

    void path(JsonPath path) {
      if (path != null && path.root() == JsonPath.Root.VARIABLE) {
        names.add(path.variable());
      }
    }

    void templates(PayloadTemplate... templates) {
      for (PayloadTemplate template : templates) {
        if (template != null) {
          node(template.root());
        }
      }
    }

    /** A template kept as raw JSON in the model (a catcher's fields, an ItemReader's). */
    void rawTemplate(JsonNode source) {
      if (source == null) {
        return;
      }
      try {
        templates(PayloadTemplate.compile(source, language));
      } catch (AslSyntaxException e) {
        throw new IllegalArgumentException("A validated template does not compile: " + source, e);
      }
    }

    void values(ValueSource... sources) {
      for (ValueSource source : sources) {
        switch (source) {
          case ValueSource.Path path -> path(path.path());
          case ValueSource.Intrinsic intrinsic -> call(intrinsic.call());
          case ValueSource.Expression expression -> expression(expression.compiled());
          case ValueSource.Literal literal -> {}
          case null -> {}
        }
      }
    }

    void catchers(List<Catcher> catchers) {
      for (Catcher catcher : catchers) {
        rawTemplate(catcher.assign());
        rawTemplate(catcher.output());
      }
    }

    void rule(ChoiceRule rule) {
      switch (rule) {
        case ChoiceRule.And and -> and.rules().forEach(this::rule);
        case ChoiceRule.Or or -> or.rules().forEach(this::rule);
        case ChoiceRule.Not not -> rule(not.rule());
        case ChoiceRule.Comparison comparison -> {
          path(comparison.variable());
          path(comparison.operandPath());
        }
        case ChoiceRule.Condition condition -> expression(condition.compiled());
      }
    }

    private void node(TemplateNode node) {
      switch (node) {
        case TemplateNode.ObjectTemplate object ->
            object.members().forEach(member -> node(member.value()));
        case TemplateNode.ArrayTemplate array -> array.elements().forEach(this::node);
        case TemplateNode.PathValue value -> path(value.path());
        case TemplateNode.IntrinsicValue value -> call(value.call());
        case TemplateNode.ExpressionValue value -> expression(value.expression());
        case TemplateNode.Constant constant -> {}
      }
    }

    private void call(IntrinsicCall call) {
      for (IntrinsicArgument argument : call.arguments()) {
        switch (argument) {
          case IntrinsicArgument.Path path -> path(path.path());
          case IntrinsicArgument.Call nested -> call(nested.call());
          case IntrinsicArgument.Literal literal -> {}
          case IntrinsicArgument.Text text -> {}
        }
      }
    }

    private void expression(CompiledJsonata expression) {
      if (expression != null) {
        names.addAll(JsonataReads.variablesRead(expression));
      }
    }
  }
}
