# ${initiative.title}

**${initiative.kind}** · ${initiative.status}<#if initiative.owner??> · owned by ${initiative.owner}</#if> · ${initiative.period} (${initiative.duration} quarter<#if initiative.duration != 1>s</#if>, ${initiative.effort} person-months)

<#list initiative.story as sentence>
- ${sentence.text}
</#list>
<#if !initiative.dropped>

| NPV | ROI | Payback | Cost of delay / quarter | CD3 | Quadrant |
|---:|---:|---|---:|---:|---|
| ${initiative.npv} | ${initiative.roi} | ${initiative.payback} | ${initiative.costOfDelay} | ${initiative.cd3} | ${initiative.quadrant} |
</#if>
<#if initiative.summaryMarkdown?has_content>

## Summary

<#-- The summary is the user's own Markdown, made inert by SafeMarkdownSource: raw HTML escaped, unsafe links as text. -->
${initiative.summaryMarkdown?no_esc}
</#if>
<#if initiative.keyResults?has_content>

## Key results it moves

<#list initiative.keyResults as kr>
- ${kr.title} (${kr.reference}, ${kr.progress} of the way)
</#list>
</#if>
<#if initiative.enables?has_content>

## What it enables

<#list initiative.enables as related>
- [${related.title}](${related.id}.md) ships ${related.detail}
</#list>
</#if>
<#if initiative.enabledBy?has_content>

## Enabled by

<#list initiative.enabledBy as related>
- [${related.title}](${related.id}.md) makes it ship ${related.detail}
</#list>
</#if>
