import Hummingbird
import Plot
import Ink
