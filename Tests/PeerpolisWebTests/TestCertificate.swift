import NIOSSL

/// A self-signed certificate for 127.0.0.1 and localhost (valid until 2126) and its key, made with
/// `openssl req -x509 -newkey rsa:2048 -nodes -subj /CN=127.0.0.1 -addext subjectAltName=IP:127.0.0.1,DNS:localhost`.
/// For the fake SMTP server only; it protects nothing.
enum TestCertificate {
    static let certificatePEM = """
        -----BEGIN CERTIFICATE-----
        MIIDJzCCAg+gAwIBAgIUbS/m8H7Xs4/8ioaYFdKbkqRTRsYwDQYJKoZIhvcNAQEL
        BQAwFDESMBAGA1UEAwwJMTI3LjAuMC4xMCAXDTI2MTEyMzAzNTYxOFoYDzIxMjYx
        MDMwMDM1NjE4WjAUMRIwEAYDVQQDDAkxMjcuMC4wLjEwggEiMA0GCSqGSIb3DQEB
        AQUAA4IBDwAwggEKAoIBAQDk2/Od62XviQhTCLCg53uGG59/FLNo9+JJ3lXcXpru
        A4cYvJmzzqjFAZOLb8cp3g4UBYfhWrvo1MjGfGjFiZnoCd0rodzuurRGKKk4e1OA
        679rNcd8h4lF86hN+m/X/tOM8L8/OqsQOQ9Sij2Mn8rLJHFqycPnL2QXEcdn/HQT
        5lhgFIQC9e+c0d/O5uVUwRYoXFpRuIXcnqpfrWchA5RSe4Xpzwby1WYQs1MFCbdQ
        KhcSsGfAPHQSW80CpSJKS0ISQzR/IxGuvUIeCPNx95CHpkm5rOrvolTWLwCDjQOM
        Fd8uPZgGlrPL9nz4RN/o3cGs4YqiFzQFPt05aC8W6o4RAgMBAAGjbzBtMB0GA1Ud
        DgQWBBTEWcYLGIcXfYnq9gRnLu4XpqEj4TAfBgNVHSMEGDAWgBTEWcYLGIcXfYnq
        9gRnLu4XpqEj4TAPBgNVHRMBAf8EBTADAQH/MBoGA1UdEQQTMBGHBH8AAAGCCWxv
        Y2FsaG9zdDANBgkqhkiG9w0BAQsFAAOCAQEAnLG5ysSEqjy4uO1eiowcXz5XeQje
        lmksb/p0iIvRQ3NVazHu0o0+oWbozFz/eVkJJrGJHoBliiZhQHOLeK5VwyKM7X3o
        0EtSfl2M6IxcAl4hgB5CPdMq/k3HUbY5ilksPWgcDsGZKbFpWQNDnJ9S8saeLGh/
        +7hCx22dg0gR/B8FSt6/0++zBhUL9tBWRRzoo4joZr8p7RD8iDd2yxyaT5s6LqD5
        MsGEIOHBTe7z/9OyYtaXkdzbqJdn4EDjvYqrV5sgRxPGUZhPdRn5gTbZmE9Fas/h
        8PvBJ5RB6R9DOGWpCJRqmVH73XXz3HlrxQOfqY/KKNxyc2/GijLs6uyZTQ==
        -----END CERTIFICATE-----
        """

    static let privateKeyPEM = """
        -----BEGIN PRIVATE KEY-----
        MIIEvAIBADANBgkqhkiG9w0BAQEFAASCBKYwggSiAgEAAoIBAQDk2/Od62XviQhT
        CLCg53uGG59/FLNo9+JJ3lXcXpruA4cYvJmzzqjFAZOLb8cp3g4UBYfhWrvo1MjG
        fGjFiZnoCd0rodzuurRGKKk4e1OA679rNcd8h4lF86hN+m/X/tOM8L8/OqsQOQ9S
        ij2Mn8rLJHFqycPnL2QXEcdn/HQT5lhgFIQC9e+c0d/O5uVUwRYoXFpRuIXcnqpf
        rWchA5RSe4Xpzwby1WYQs1MFCbdQKhcSsGfAPHQSW80CpSJKS0ISQzR/IxGuvUIe
        CPNx95CHpkm5rOrvolTWLwCDjQOMFd8uPZgGlrPL9nz4RN/o3cGs4YqiFzQFPt05
        aC8W6o4RAgMBAAECgf8ff3Kxpn8elohji3GLU01Zyq9Q3thKInNVqgg0d3cQfO14
        IFUUetSXqReRg7LsO3G7O8HRlWIsx0RPKwVvBfwysOZcBwWdG4mMTPURRVxWtSWL
        /EiS+P00zq3tnIA/3P3ZqoFHbl308ZWyl/O4xBbErNT17jYVfYQ4aW8zniDgtpqP
        2qVAJWx1imA0fBaaBzITy6chRk10gUqfBdSm4D+QNDkoTAlk3KezlKBTgiYg5NbN
        JwiIUJnwh7AhjR9dLc6VGzxKpu415WXwHR5mMB6ibgpPI1t9Ik0Qvzr1TgBbOxtO
        W9qh3QJL00fYejLlV6HZPp9lBzf1xx5ba1UQebECgYEA80Piq7iVYYmf8eIEyYUv
        gVD5LvTy/9sBRghDwydoxHappkvSwWgnDyNTeDmNT7eGSHERXBFGhYdDm4uU5go6
        1eJ/eyDASAmQqC5JmEAHBJOa+oJ8FIVYxmIZ8UqtWmiQrP3LZg4Y4lSTSHb0eTJk
        GnToOXwuPO+fN7zDWNblSGUCgYEA8NcBKE1+qfK2SivkOUi7KFDMpK9kZc/GZI6A
        Hi1GhMOuDrgeDssEOn0SXL7+2ZR1tjxW7bOCB03wJ2Co9JYBr+DZJUGSzrN0tG5W
        9YWsbE+7rFvT3LYrMIgFUqlVPoVJ4EBocerhnbrtTz23r62jA9CBi+niz6H2vGE9
        gR1HNj0CgYEA5oTCzET60VXQCi9KqAgcbydjKfsWNhu7RjjYtZqnrdxggORDD+F5
        ed/Y3glzfkID7quubpc0Q55dE42eiKrS/BFJCk2Lx/fAa46JUMwDmnOhHZf+qpd9
        +2fE+6DvSsfhqPxK/SeIrxjEBJwsqJh2wZdc4/RoAHh1YSTv3ESvOv0CgYEApI+E
        bvFkluMMw2lyK+ISX921tuFRDHAH8zWbPQNap+S8zbnob9swLHbBUTYAFNNoCvj3
        vLtnIW6TpZRaXaURygcs2FQR58Ke/5pVOLX5tphUd9TW0nx2zlZirLSfVnTkoaHg
        u9XuC0RqWjaliBhwxm511hAdthnI6bbXu50xx1ECgYB145YjRCHfJHJLmkNGRu3j
        YL29tmPVYOBYNx2/T+07n1nL3/z/XvmHDmG6f3LH2GqHiAoJ7brd6B0r5Q2oOL49
        H4qGOe2/7sH5Iv5TnB8wjzX0p16drcXBp7XwyRkWflKFPW809RuLcOxm3J3bM7+R
        SL3SCbMFB0X82Opn/7Hkhg==
        -----END PRIVATE KEY-----
        """

    static func serverContext() throws -> NIOSSLContext {
        let configuration = TLSConfiguration.makeServerConfiguration(
            certificateChain: try NIOSSLCertificate.fromPEMBytes(Array(certificatePEM.utf8)).map { .certificate($0) },
            privateKey: .privateKey(try NIOSSLPrivateKey(bytes: Array(privateKeyPEM.utf8), format: .pem)))
        return try NIOSSLContext(configuration: configuration)
    }
}
