namespace KedaGuidance.Harness.Evidence.Report;

/// <summary>The report's only stylesheet, inlined so the page opens offline and from an attachment.</summary>
internal static class ReportStyles
{
    public const string Css = """
        :root { --ok:#1a7f37; --bad:#cf222e; --skip:#9a6700; --muted:#57606a; --line:#d0d7de; --bg:#f6f8fa; }
        * { box-sizing: border-box; }
        body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif; color:#1f2328; margin:0; }
        main { max-width: 1240px; margin: 0 auto; padding: 16px 20px 40px; }
        h1 { font-size: 22px; margin: 0 0 4px; }
        h2 { font-size: 18px; margin: 28px 0 8px; padding-bottom: 4px; border-bottom: 1px solid var(--line); }
        h3 { font-size: 15px; margin: 18px 0 6px; }
        .banner { padding: 12px 16px; border-radius: 6px; color: #fff; font-size: 18px; font-weight: 600; margin: 10px 0 14px; }
        .banner.ok { background: var(--ok); } .banner.bad { background: var(--bad); } .banner.other { background: var(--muted); }
        .glance { display: grid; grid-template-columns: repeat(3, 1fr); gap: 10px; }
        .card { border: 1px solid var(--line); border-radius: 6px; padding: 10px 12px; background: var(--bg); }
        .card .label { color: var(--muted); font-size: 12px; text-transform: uppercase; letter-spacing: .04em; }
        .card .value { font-size: 16px; font-weight: 600; word-break: break-word; }
        .card.wide { grid-column: span 2; }
        .card .value.scaling { font-size: 15px; }
        .card .sub { color: var(--muted); font-size: 12px; overflow-wrap: anywhere; }
        table { border-collapse: collapse; width: 100%; margin: 6px 0 10px; }
        th, td { border: 1px solid var(--line); padding: 4px 8px; text-align: left; vertical-align: top; }
        th { background: var(--bg); font-weight: 600; }
        td.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
        .pill { display: inline-block; padding: 0 8px; border-radius: 10px; font-size: 12px; font-weight: 600; color: #fff; white-space: nowrap; }
        .pill.ok { background: var(--ok); } .pill.bad { background: var(--bad); } .pill.skip { background: var(--skip); } .pill.other { background: var(--muted); }
        tr.bad td { background: #ffebe9; }
        .tag { display: inline-block; border: 1px solid var(--line); border-radius: 4px; padding: 0 4px; margin: 1px; font-size: 11px; color: var(--muted); }
        .reason { color: var(--muted); font-size: 12px; }
        pre { background: var(--bg); border: 1px solid var(--line); padding: 8px; overflow-x: auto; white-space: pre-wrap; word-break: break-word; font-size: 12px; margin: 4px 0; }
        details > summary { cursor: pointer; }
        .failure { border-left: 4px solid var(--bad); padding: 4px 12px; margin: 8px 0; background: #fff8f7; }
        .budget { display: inline-block; width: 80px; height: 8px; background: #eaeef2; border-radius: 4px; vertical-align: middle; margin-left: 6px; }
        .budget > span { display: block; height: 8px; border-radius: 4px; background: var(--ok); }
        .budget.over > span { background: var(--bad); }
        .chart { border: 1px solid var(--line); border-radius: 6px; padding: 8px; margin: 8px 0 16px; }
        .chart svg { width: 100%; height: auto; display: block; }
        .legend span { margin-right: 14px; font-size: 12px; }
        .swatch { display: inline-block; width: 14px; height: 4px; vertical-align: middle; margin-right: 4px; }
        .muted { color: var(--muted); }
        .sev-error { color: var(--bad); font-weight: 600; } .sev-warning { color: var(--skip); font-weight: 600; }
        table.known-defects td:first-child { border-left: 4px solid var(--skip); }
        """;
}
