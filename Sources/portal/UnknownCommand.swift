import SchemePortal

/// A first word that names no command (`portal buidl`, `portal chek`) is told the command it most likely
/// meant; ArgumentParser would only call it an unexpected argument.
enum UnknownCommand {
    static func message(for arguments: [String]) -> String? {
        guard let first = arguments.first, !first.hasPrefix("-") else { return nil }
        // Every command names itself in its configuration.
        let names = PortalCommand.configuration.subcommands.compactMap { $0.configuration.commandName }
        guard !names.contains(first), first != "help" else { return nil }
        let hint = NearMatch.didYouMean(first.lowercased(), in: names) ?? "the commands are " + NearMatch.alternatives(names.map { "‘\($0)’" }, joinedBy: "and")
        return "error: ‘\(first)’ is not a command of portal; \(hint) (‘portal --help’ says what each does)"
    }
}
