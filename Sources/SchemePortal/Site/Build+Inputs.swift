extension Build.Outcome {
    /// What `portal build --inputs PATH` finds for the address it was given.
    public enum InputsLookup: Equatable, Sendable {
        case found(path: String, inputs: PageInputs)
        /// No output file has that address; `hint` is a "did you mean" when one is close.
        case unknown(hint: String?)
    }

    /// The inputs of the output file at `address`, written as a reader would: `schemes/x/`,
    /// `schemes/x/index.html`, `/schemes/x/` and `schemes/x` all name the same page, `/` the home page.
    public func inputs(of address: String) -> InputsLookup {
        var path = String(address.drop { $0 == "/" })
        if path.isEmpty || path.hasSuffix("/") { path += "index.html" }
        for candidate in [path, path + "/index.html"] {
            if let found = inputs[candidate] { return .found(path: candidate, inputs: found) }
        }
        return .unknown(hint: Suggestion.didYouMean(path, in: inputs.keys.sorted()))
    }
}
