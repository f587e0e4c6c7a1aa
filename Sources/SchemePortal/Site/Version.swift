public enum SchemePortalVersion {
    public static let current = "0.1.0"
}
