import Foundation

/// English names of language codes for the reasons. A table rather than `Locale`, because Foundation's
/// names differ between platforms and ICU versions, and a reason must read the same in tests and production.
enum LanguageNames {
    private static let names: [String: String] = [
        "ar": "Arabic", "bg": "Bulgarian", "bn": "Bengali", "ca": "Catalan", "cs": "Czech", "da": "Danish",
        "de": "German", "el": "Greek", "en": "English", "es": "Spanish", "et": "Estonian", "fa": "Persian",
        "fi": "Finnish", "fr": "French", "ga": "Irish", "he": "Hebrew", "hi": "Hindi", "hr": "Croatian",
        "hu": "Hungarian", "id": "Indonesian", "it": "Italian", "ja": "Japanese", "ko": "Korean",
        "lt": "Lithuanian", "lv": "Latvian", "ms": "Malay", "mt": "Maltese", "nl": "Dutch", "no": "Norwegian",
        "nb": "Norwegian", "pl": "Polish", "pt": "Portuguese", "ro": "Romanian", "ru": "Russian", "sk": "Slovak",
        "sl": "Slovenian", "sr": "Serbian", "sv": "Swedish", "sw": "Swahili", "th": "Thai", "tr": "Turkish",
        "uk": "Ukrainian", "ur": "Urdu", "vi": "Vietnamese", "zh": "Chinese", "af": "Afrikaans", "zu": "Zulu",
    ]

    /// The English name, or the code itself (`"the language 'wo'"`) when the table does not know it.
    static func name(_ code: String) -> String { names[code] ?? "the language '\(code)'" }
}
