/// One small stylesheet, inlined so a page is a single request. Colours meet WCAG AA contrast on white.
enum Stylesheet {
    static let css = """
    :root{--ink:#1b1f24;--muted:#4a5360;--accent:#0b5cad;--line:#d5dae0;--soft:#f3f5f7}
    *{box-sizing:border-box}body{margin:0;font:16px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--ink);background:#fff}
    a{color:var(--accent)}a:focus,button:focus,select:focus,input:focus{outline:3px solid #f2a900;outline-offset:2px}
    .skip{position:absolute;left:-999px}.skip:focus{left:1rem;top:1rem;background:#fff;padding:.5rem;z-index:9}
    header.site{display:flex;flex-wrap:wrap;gap:.5rem 1.5rem;align-items:center;padding:.8rem 1.5rem;border-bottom:1px solid var(--line);background:var(--soft)}
    header.site .brand{font-weight:700;font-size:1.25rem;text-decoration:none;color:var(--ink)}
    header.site ul{list-style:none;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:.3rem 1rem}
    header.site .languages{margin-left:auto}[aria-current=true]{font-weight:700;text-decoration:none;color:var(--ink)}
    main{max-width:72rem;margin:0 auto;padding:1.5rem}
    footer.site{border-top:1px solid var(--line);padding:1rem 1.5rem;color:var(--muted);font-size:.9rem}
    h1{font-size:1.9rem;line-height:1.2;margin:.2rem 0 .6rem}h2{font-size:1.3rem;margin-top:2rem}
    .kicker{text-transform:uppercase;letter-spacing:.05em;font-size:.8rem;color:var(--muted);margin:0}
    .lead{font-size:1.1rem;color:var(--muted)}
    dl.facts{display:grid;grid-template-columns:max-content 1fr;gap:.3rem 1.2rem;margin:1rem 0}
    dl.facts dt{font-weight:600;color:var(--muted)}dl.facts dd{margin:0}
    ul.items{list-style:none;padding:0;margin:0}ul.items li{padding:.7rem 0;border-bottom:1px solid var(--line)}
    ul.items .meta{color:var(--muted);font-size:.9rem;margin:.1rem 0}ul.items p{margin:.2rem 0}
    form.filters{display:flex;flex-wrap:wrap;gap:.8rem;align-items:flex-end;background:var(--soft);padding:.8rem;border-radius:6px}
    form.filters label{display:flex;flex-direction:column;font-size:.9rem;color:var(--muted)}
    select,input,button{font:inherit;padding:.3rem .5rem}button{background:var(--accent);color:#fff;border:0;border-radius:4px;padding:.4rem 1rem}
    nav.pages{display:flex;gap:1rem;align-items:center;margin:1.2rem 0}
    .grid{display:grid;grid-template-columns:repeat(auto-fit,minmax(18rem,1fr));gap:1.5rem}
    .totals{display:flex;flex-wrap:wrap;gap:.6rem 1.5rem;padding:0;list-style:none}.totals strong{font-size:1.3rem}
    .body{max-width:45rem}
    .visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
    form.searchbox{display:flex;gap:.4rem}form.searchbox input{min-width:14rem}
    .search{display:grid;grid-template-columns:16rem 1fr;gap:2rem}@media (max-width:50rem){.search{grid-template-columns:1fr}}
    .facets h2{font-size:1rem;margin:1rem 0 .3rem}.facets ul{list-style:none;padding:0;margin:0;font-size:.95rem}
    mark{background:#fde68a;color:inherit;padding:0 .1em}
    """
}
