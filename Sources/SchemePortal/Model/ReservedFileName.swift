/// Names Windows keeps for devices. A file or folder called `con`, `aux.html` or `LPT1` cannot be made
/// on Windows, so a site holding one breaks when it is copied to a Windows computer or file share.
public enum ReservedFileName {
    static let devices: Set<String> = {
        var names: Set<String> = ["con", "prn", "aux", "nul"]
        for suffix in ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "¹", "²", "³"] {
            names.insert("com" + suffix)
            names.insert("lpt" + suffix)
        }
        return names
    }()

    /// Whether Windows reserves `name` (one path segment): any case, and with anything after a dot
    /// (`con.html`, `Aux.tar.gz`), since Windows looks only at the part before the first dot.
    public static func isReserved(_ name: String) -> Bool {
        var stem = Substring(name.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false).first ?? "")
        while stem.last == " " { stem.removeLast() }
        return devices.contains(stem.lowercased())
    }

    /// The words messages use to say what is wrong.
    public static func problem(_ name: String) -> String {
        "‘\(name)’ is a name Windows reserves (like CON, PRN, AUX, NUL, COM1 and LPT1), so the site would not work when copied to a Windows computer"
    }
}
