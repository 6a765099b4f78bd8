package io.stepwise.store.memory;

import io.stepwise.store.AliasRecord;
import io.stepwise.store.MachineStore;
import io.stepwise.store.Page;
import io.stepwise.store.StateMachineRecord;
import io.stepwise.store.VersionRecord;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** State machines, versions and aliases in memory. */
final class InMemoryMachines implements MachineStore {
  private final Object lock;
  private final InMemoryTags tags;
  private final Listing<StateMachineRecord> machines = new Listing<>();
  private final Listing<VersionRecord> versions = new Listing<>();
  private final Listing<AliasRecord> aliases = new Listing<>();
  private final Map<String, Long> lastVersionNumbers = new HashMap<>();
  private final Map<String, String> definitions = new HashMap<>();

  InMemoryMachines(Object lock, InMemoryTags tags) {
    this.lock = lock;
    this.tags = tags;
  }

  @Override
  public boolean createMachine(StateMachineRecord machine) {
    synchronized (lock) {
      if (!machines.add(machine.arn(), machine)) {
        return false;
      }
      keepDefinition(machine);
      return true;
    }
  }

  @Override
  public boolean updateMachine(StateMachineRecord machine) {
    synchronized (lock) {
      if (!machines.replace(machine.arn(), machine)) {
        return false;
      }
      keepDefinition(machine);
      return true;
    }
  }

  @Override
  public boolean deleteMachine(String arn) {
    synchronized (lock) {
      if (machines.remove(arn) == null) {
        return false;
      }
      tags.removeAll(arn);
      lastVersionNumbers.remove(arn);
      for (VersionRecord version : versions.values(v -> v.stateMachineArn().equals(arn))) {
        deleteVersion(version.arn());
      }
      for (AliasRecord alias : aliases(arn)) {
        deleteAlias(alias.arn());
      }
      return true;
    }
  }

  @Override
  public Optional<StateMachineRecord> machine(String arn) {
    synchronized (lock) {
      return Optional.ofNullable(machines.get(arn));
    }
  }

  @Override
  public Optional<String> definition(String stateMachineArn, String revisionId) {
    synchronized (lock) {
      return Optional.ofNullable(definitions.get(stateMachineArn + '\n' + revisionId));
    }
  }

  private void keepDefinition(StateMachineRecord machine) {
    definitions.put(machine.arn() + '\n' + machine.revisionId(), machine.definition());
  }

  @Override
  public Page<StateMachineRecord> machines(String arnPrefix, int limit, String cursor) {
    synchronized (lock) {
      return machines.page(m -> m.arn().startsWith(arnPrefix), limit, cursor, false);
    }
  }

  @Override
  public Optional<VersionRecord> publishVersion(
      String stateMachineArn, String description, long now) {
    synchronized (lock) {
      StateMachineRecord machine = machines.get(stateMachineArn);
      if (machine == null) {
        return Optional.empty();
      }
      long number = lastVersionNumbers.merge(stateMachineArn, 1L, Long::sum);
      String arn = stateMachineArn + ":" + number;
      VersionRecord version = new VersionRecord(arn, number, description, now, machine);
      versions.add(arn, version);
      return Optional.of(version);
    }
  }

  @Override
  public Optional<VersionRecord> version(String versionArn) {
    synchronized (lock) {
      return Optional.ofNullable(versions.get(versionArn));
    }
  }

  @Override
  public Page<VersionRecord> versions(String stateMachineArn, int limit, String cursor) {
    synchronized (lock) {
      return versions.page(v -> v.stateMachineArn().equals(stateMachineArn), limit, cursor, true);
    }
  }

  @Override
  public boolean deleteVersion(String versionArn) {
    synchronized (lock) {
      tags.removeAll(versionArn);
      return versions.remove(versionArn) != null;
    }
  }

  @Override
  public boolean createAlias(AliasRecord alias) {
    synchronized (lock) {
      return aliases.add(alias.arn(), alias);
    }
  }

  @Override
  public boolean updateAlias(AliasRecord alias) {
    synchronized (lock) {
      return aliases.replace(alias.arn(), alias);
    }
  }

  @Override
  public boolean deleteAlias(String aliasArn) {
    synchronized (lock) {
      tags.removeAll(aliasArn);
      return aliases.remove(aliasArn) != null;
    }
  }

  @Override
  public Optional<AliasRecord> alias(String aliasArn) {
    synchronized (lock) {
      return Optional.ofNullable(aliases.get(aliasArn));
    }
  }

  @Override
  public List<AliasRecord> aliases(String stateMachineArn) {
    synchronized (lock) {
      return aliases.values(a -> a.stateMachineArn().equals(stateMachineArn));
    }
  }
}
