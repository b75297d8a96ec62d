/// Hand-written JSON for the place list, the API's busiest answer. Keys are written in byte order, as the
/// `sortedKeys` encoder orders them; `JSONWriterTests` compares every byte with `JSONEncoder`'s output.
extension APIv1.List: JSONWritable where Item: JSONWritable {
    func write(to writer: inout JSONWriter) {
        writer.object { w in
            w.key("data"); w.array(data) { w, item in item.write(to: &w) }
            w.optional("next", next) { $0.value($1) }
            w.key("page"); w.value(page)
            w.key("pageCount"); w.value(pageCount)
            w.key("perPage"); w.value(perPage)
            w.optional("prev", prev) { $0.value($1) }
            w.key("total"); w.value(total)
        }
    }
}

/// A whole download (`/places.json`) is an array of places.
extension Array: JSONWritable where Element: JSONWritable {
    func write(to writer: inout JSONWriter) {
        writer.array(self) { w, item in item.write(to: &w) }
    }
}

extension APIv1.Place: JSONWritable {
    func write(to writer: inout JSONWriter) {
        writer.object { w in
            w.optional("admin1Code", admin1Code) { $0.value($1) }
            w.key("alternateNames"); w.array(alternateNames) { $0.value($1) }
            w.key("asciiName"); w.value(asciiName)
            w.optional("country", country) { $1.write(to: &$0) }
            w.key("geonamesId"); w.value(geonamesId)
            w.key("geonamesUri"); w.value(geonamesUri)
            w.key("kind"); w.value(kind)
            w.key("latitude"); w.value(latitude)
            w.key("links"); links.write(to: &w)
            w.key("longitude"); w.value(longitude)
            w.key("name"); w.value(name)
            w.key("population"); w.value(population)
            w.key("sizeClass"); w.value(sizeClass)
            w.key("slug"); w.value(slug)
            w.key("timeZone"); w.value(timeZone)
        }
    }
}

extension APIv1.Ref: JSONWritable {
    func write(to writer: inout JSONWriter) {
        writer.object { w in
            w.key("links"); links.write(to: &w)
            w.key("name"); w.value(name)
            w.key("slug"); w.value(slug)
        }
    }
}

extension APIv1.Links: JSONWritable {
    func write(to writer: inout JSONWriter) {
        writer.object { w in
            w.key("api"); w.value(api)
            w.key("html"); w.value(html)
        }
    }
}
