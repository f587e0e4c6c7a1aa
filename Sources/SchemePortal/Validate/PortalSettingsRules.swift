/// What the portal file may ask for that the tool cannot yet do.
struct PortalSettingsRules {
    func check(_ settings: PortalSettings) -> [Diagnostic] {
        guard settings.timeZone != "Europe/London" else { return [] }
        return [.error(.timeZoneUnsupported, "time zone ‘\(settings.timeZone)’ is not supported", at: settings.timeZonePlace ?? SourcePlace(settings.location),
                       hint: "write ‘Europe/London’ (UK schemes) or leave the key out")]
    }
}
