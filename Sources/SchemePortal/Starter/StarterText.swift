/// Text a coordinator typed (a scheme's name), written into a starter file so that it reads back as the
/// same text.
enum StarterText {
    /// As it is when YAML would read it back unchanged and it looks plain; in double quotes, with `"`, `\`
    /// and control characters escaped, otherwise (`Mentoring: 2027`, `#1 scheme`, `"Quoted"`).
    static func yaml(_ text: String) -> String {
        let plain = text.unicodeScalars.allSatisfy { scalar in
            scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || " -–'’(),.&/".unicodeScalars.contains(scalar)
        }
        if plain, let first = text.unicodeScalars.first, first.properties.isAlphabetic || ("0"..."9").contains(first),
           text.last != " " {
            return text
        }
        return YAMLText.doubleQuoted(text)
    }
}
