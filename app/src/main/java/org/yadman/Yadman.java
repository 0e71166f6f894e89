package org.yadman;

import org.yadman.cli.BundleCommand;
import org.yadman.cli.DemoCommand;
import org.yadman.cli.EstimateCommand;
import org.yadman.cli.EvidenceCommand;
import org.yadman.cli.IntakeCommand;
import org.yadman.cli.ImportCommand;
import org.yadman.cli.EvalLinkageCommand;
import org.yadman.cli.LinkCommand;
import org.yadman.cli.KeysCommand;
import org.yadman.cli.LogCommand;
import org.yadman.cli.PublishCommand;
import org.yadman.cli.WithdrawCommand;
import org.yadman.cli.ServeCommand;
import org.yadman.cli.UserCommand;
import org.yadman.cli.VerifyCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code yadman} command: every capability's CLI is a subcommand here. */
@Command(name = "yadman", mixinStandardHelpOptions = true, version = "Yadman 0.1.0",
        description = "A platform for truth and accountability after mass atrocities.",
        subcommands = {ServeCommand.class, UserCommand.class, ImportCommand.class, DemoCommand.class, EstimateCommand.class,
                KeysCommand.class, LogCommand.class, EvidenceCommand.class, BundleCommand.class, VerifyCommand.class,
                LinkCommand.class, EvalLinkageCommand.class, org.yadman.cli.ExhibitionCommand.class,
                IntakeCommand.class, org.yadman.acts.CaseFileCommand.class, PublishCommand.class, WithdrawCommand.class})
public final class Yadman {
    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    public static CommandLine commandLine() {
        return new CommandLine(new Yadman());
    }
}
