<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>AnswerFiles</name>
        <message>
            <source>Saved answers (*.json);;All files (*)</source>
            <translation>[[Saved answers]] (*.json);;[[All files]] (*)</translation>
        </message>
        <message>
            <source>Save your answers</source>
            <translation>[[Save your answers]]</translation>
        </message>
        <message>
            <source>Your answers were not saved</source>
            <translation>[[Your answers were not saved]]</translation>
        </message>
        <message>
            <source>Open saved answers</source>
            <translation>[[Open saved answers]]</translation>
        </message>
        <message>
            <source>This file cannot be opened</source>
            <translation>[[This file cannot be opened]]</translation>
        </message>
        <message>
            <source>{file} cannot be opened.

{problem}

Nothing was changed: your answers are as they were.</source>
            <translation>[[{file} cannot be opened.

{problem}

Nothing was changed: your answers are as they were.]]</translation>
        </message>
        <message>
            <source>Save your answers?</source>
            <translation>[[Save your answers?]]</translation>
        </message>
        <message>
            <source>Your answers and notes are not saved. This app keeps nothing unless you save it, so without saving they will be gone.</source>
            <translation>[[Your answers and notes are not saved. This app keeps nothing unless you save it, so without saving they will be gone.]]</translation>
        </message>
        <message>
            <source>Don't save</source>
            <translation>[[Don't save]]</translation>
        </message>
        <message>
            <source>Replace the file?</source>
            <translation>[[Replace the file?]]</translation>
        </message>
        <message>
            <source>There is already a file {file}. Replace it?</source>
            <translation>[[There is already a file {file}. Replace it?]]</translation>
        </message>
        <message>
            <source>Replace it</source>
            <translation>[[Replace it]]</translation>
        </message>
        <message>
            <source>The file {file} could not be written: {reason}.

Nothing was lost: everything is still here. Please choose another folder, such as Documents.</source>
            <translation>[[The file {file} could not be written: {reason}.

Nothing was lost: everything is still here. Please choose another folder, such as Documents.]]</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <source>Myeloma treatment options guide</source>
            <translation>[[Myeloma treatment options guide]]</translation>
        </message>
        <message>
            <source>The guide could not start.</source>
            <translation>[[The guide could not start.]]</translation>
        </message>
        <message>
            <source>The guide cannot start, because its content file has a problem.

{problem}

If you did not change this file, please reinstall the app.</source>
            <translation>[[The guide cannot start, because its content file has a problem.

{problem}

If you did not change this file, please reinstall the app.]]</translation>
        </message>
    </context>
    <context>
        <name>CrashReport</name>
        <message>
            <source>Something went wrong inside the guide. This is a fault in the app, not something you did.</source>
            <translation>[[Something went wrong inside the guide. This is a fault in the app, not something you did.]]</translation>
        </message>
        <message>
            <source>Your answers are still here. To be safe, you can save them to a file now, and open them again later.</source>
            <translation>[[Your answers are still here. To be safe, you can save them to a file now, and open them again later.]]</translation>
        </message>
        <message>
            <source>The details were written to this file, for whoever helps you with the app:
{log}</source>
            <translation>[[The details were written to this file, for whoever helps you with the app:
{log}]]</translation>
        </message>
    </context>
    <context>
        <name>Dialogs</name>
        <message>
            <source>Cancel</source>
            <translation>[[Cancel]]</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>[[OK]]</translation>
        </message>
        <message>
            <source>Something went wrong</source>
            <translation>[[Something went wrong]]</translation>
        </message>
        <message>
            <source>&amp;Save my answers...</source>
            <translation>[[&amp;Save my answers...]]</translation>
        </message>
        <message>
            <source>&amp;Close this message</source>
            <translation>[[&amp;Close this message]]</translation>
        </message>
        <message>
            <source>&amp;Save answers...</source>
            <translation>[[&amp;Save answers...]]</translation>
        </message>
    </context>
    <context>
        <name>GuideWizard</name>
        <message>
            <source>&lt; &amp;Back</source>
            <translation>[[&lt; &amp;Back]]</translation>
        </message>
        <message>
            <source>&amp;Next &gt;</source>
            <translation>[[&amp;Next &gt;]]</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>[[&amp;Close]]</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>[[Back]]</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>[[Next]]</translation>
        </message>
        <message>
            <source>Start over?</source>
            <translation>[[Start over?]]</translation>
        </message>
        <message>
            <source>This clears all your answers and takes you back to the start.</source>
            <translation>[[This clears all your answers and takes you back to the start.]]</translation>
        </message>
        <message>
            <source>Clear my answers</source>
            <translation>[[Clear my answers]]</translation>
        </message>
    </context>
    <context>
        <name>PrintAndPdf</name>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>[[PDF documents]] (*.pdf)</translation>
        </message>
        <message>
            <source>Print preview: {title}</source>
            <translation>[[Print preview: {title}]]</translation>
        </message>
        <message>
            <source>The summary cannot be printed</source>
            <translation>[[The summary cannot be printed]]</translation>
        </message>
        <message>
            <source>&amp;Print...</source>
            <translation>[[&amp;Print...]]</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>[[&amp;Close]]</translation>
        </message>
        <message>
            <source>Save the summary as PDF</source>
            <translation>[[Save the summary as PDF]]</translation>
        </message>
        <message>
            <source>The summary was not saved</source>
            <translation>[[The summary was not saved]]</translation>
        </message>
    </context>
    <context>
        <name>QuestionPage</name>
        <message>
            <source>Back to &amp;your answers &gt;&gt;</source>
            <translation>[[Back to &amp;your answers &gt;&gt;]]</translation>
        </message>
        <message>
            <source>Back to your answers</source>
            <translation>[[Back to your answers]]</translation>
        </message>
        <message>
            <source>Goes back to the review page, keeping every answer. Pages with a new question stop on the way.</source>
            <translation>[[Goes back to the review page, keeping every answer. Pages with a new question stop on the way.]]</translation>
        </message>
    </context>
    <context>
        <name>ReadingKeys</name>
        <message>
            <source>Press the Down arrow to hear the next part, H for the next heading, Tab for the next link.</source>
            <translation>[[Press the Down arrow to hear the next part, H for the next heading, Tab for the next link.]]</translation>
        </message>
    </context>
    <context>
        <name>ReportHeading</name>
        <message>
            <source>Level {level}</source>
            <translation>[[Level {level}]]</translation>
        </message>
    </context>
    <context>
        <name>ReportView</name>
        <message>
            <source>What “{word}” means</source>
            <translation>[[What “{word}” means]]</translation>
        </message>
    </context>
    <context>
        <name>ResultsActions</name>
        <message>
            <source>&amp;Print...</source>
            <translation>[[&amp;Print...]]</translation>
        </message>
        <message>
            <source>Save as P&amp;DF...</source>
            <translation>[[Save as P&amp;DF...]]</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>[[Print]]</translation>
        </message>
        <message>
            <source>Save as PDF</source>
            <translation>[[Save as PDF]]</translation>
        </message>
        <message>
            <source>Shows a preview first; then you choose the printer.</source>
            <translation>[[Shows a preview first; then you choose the printer.]]</translation>
        </message>
        <message>
            <source>&amp;Save answers...</source>
            <translation>[[&amp;Save answers...]]</translation>
        </message>
        <message>
            <source>Your answers and notes, in a file you can open again.</source>
            <translation>[[Your answers and notes, in a file you can open again.]]</translation>
        </message>
        <message>
            <source>Op&amp;en answers...</source>
            <translation>[[Op&amp;en answers...]]</translation>
        </message>
        <message>
            <source>&amp;More</source>
            <translation>[[&amp;More]]</translation>
        </message>
        <message>
            <source>More: save answers, open answers, start over</source>
            <translation>[[More: save answers, open answers, start over]]</translation>
        </message>
        <message>
            <source>Write down your own questions and notes here. They are printed with the summary and saved with your answers.</source>
            <translation>[[Write down your own questions and notes here. They are printed with the summary and saved with your answers.]]</translation>
        </message>
        <message>
            <source>Your own questions and notes</source>
            <translation>[[Your own questions and notes]]</translation>
        </message>
        <message>
            <source>Printed with the summary and saved with your answers.</source>
            <translation>[[Printed with the summary and saved with your answers.]]</translation>
        </message>
        <message>
            <source>For example, something you want to ask at your next visit.</source>
            <translation>[[For example, something you want to ask at your next visit.]]</translation>
        </message>
        <message>
            <source>Name at the top of the printout (you can leave it empty and write it by hand):</source>
            <translation>[[Name at the top of the printout (you can leave it empty and write it by hand):]]</translation>
        </message>
        <message>
            <source>Name at the top of the printout</source>
            <translation>[[Name at the top of the printout]]</translation>
        </message>
        <message>
            <source>Optional. Used only for the printout; never saved.</source>
            <translation>[[Optional. Used only for the printout; never saved.]]</translation>
        </message>
        <message>
            <source>&amp;Large print (bigger letters, more pages)</source>
            <translation>[[&amp;Large print (bigger letters, more pages)]]</translation>
        </message>
        <message>
            <source>The summary was saved as {file}</source>
            <translation>[[The summary was saved as {file}]]</translation>
        </message>
        <message>
            <source>Your answers and notes were saved in {file}</source>
            <translation>[[Your answers and notes were saved in {file}]]</translation>
        </message>
    </context>
    <context>
        <name>ResultsFooter</name>
        <message>
            <source>The source, its dates, and what this guide is not.</source>
            <translation>[[The source, its dates, and what this guide is not.]]</translation>
        </message>
    </context>
    <context>
        <name>ResultsPage</name>
        <message>
            <source>Words the guide explains are shown here: rest the mouse on one, or reach it with Tab.</source>
            <translation>[[Words the guide explains are shown here: rest the mouse on one, or reach it with Tab.]]</translation>
        </message>
        <message>
            <source>Your results and your notes</source>
            <translation>[[Your results and your notes]]</translation>
        </message>
        <message>
            <source>Your &amp;results</source>
            <translation>[[Your &amp;results]]</translation>
        </message>
        <message>
            <source>Your no&amp;tes</source>
            <translation>[[Your no&amp;tes]]</translation>
        </message>
        <message>
            <source>Your own questions and notes, printed with the summary</source>
            <translation>[[Your own questions and notes, printed with the summary]]</translation>
        </message>
        <message>
            <source>Start &amp;over</source>
            <translation>[[Start &amp;over]]</translation>
        </message>
        <message>
            <source>Your results</source>
            <translation>[[Your results]]</translation>
        </message>
        <message>
            <source>The treatment options, drug groups, clinical trials and related topics for your answers. Tab moves through its links.</source>
            <translation>[[The treatment options, drug groups, clinical trials and related topics for your answers. Tab moves through its links.]]</translation>
        </message>
        <message>
            <source>Meaning of the word</source>
            <translation>[[Meaning of the word]]</translation>
        </message>
    </context>
    <context>
        <name>ReviewPage</name>
        <message>
            <source>See the &amp;results &gt;</source>
            <translation>[[See the &amp;results &gt;]]</translation>
        </message>
        <message>
            <source>See the results</source>
            <translation>[[See the results]]</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>[[Change]]</translation>
        </message>
    </context>
    <context>
        <name>SummaryDocument</name>
        <message>
            <source>The printer or file could not be opened for the summary.</source>
            <translation>[[The printer or file could not be opened for the summary.]]</translation>
        </message>
        <message>
            <source>Page {number} of {total}</source>
            <translation>[[Page {number} of {total}]]</translation>
        </message>
    </context>
    <context>
        <name>SummaryHtml</name>
        <message>
            <source>{title}: summary to bring to your doctor</source>
            <translation>[[{title}: summary to bring to your doctor]]</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>[[Name:]]</translation>
        </message>
        <message>
            <source>Filled in for them by:</source>
            <translation>[[Filled in for them by:]]</translation>
        </message>
        <message>
            <source>Summary to bring to the doctor</source>
            <translation>[[Summary to bring to the doctor]]</translation>
        </message>
        <message>
            <source>Made on {date}</source>
            <translation>[[Made on {date}]]</translation>
        </message>
    </context>
    <context>
        <name>TextSize</name>
        <message>
            <source>Smaller text</source>
            <translation>[[Smaller text]]</translation>
        </message>
        <message>
            <source>Larger text</source>
            <translation>[[Larger text]]</translation>
        </message>
        <message>
            <source>Make all the text smaller (Ctrl and minus). Ctrl and 0 sets the normal size.</source>
            <translation>[[Make all the text smaller (Ctrl and minus). Ctrl and 0 sets the normal size.]]</translation>
        </message>
        <message>
            <source>Makes all the text smaller. The keys Ctrl and minus do the same.</source>
            <translation>[[Makes all the text smaller. The keys Ctrl and minus do the same.]]</translation>
        </message>
        <message>
            <source>Make all the text larger (Ctrl and plus). Ctrl and 0 sets the normal size.</source>
            <translation>[[Make all the text larger (Ctrl and plus). Ctrl and 0 sets the normal size.]]</translation>
        </message>
        <message>
            <source>Makes all the text larger. The keys Ctrl and plus do the same.</source>
            <translation>[[Makes all the text larger. The keys Ctrl and plus do the same.]]</translation>
        </message>
    </context>
    <context>
        <name>TopicView</name>
        <message>
            <source>&lt; Back to your results</source>
            <translation>[[&lt; Back to your results]]</translation>
        </message>
        <message>
            <source>Back to your results</source>
            <translation>[[Back to your results]]</translation>
        </message>
        <message>
            <source>Open the full page in your browser</source>
            <translation>[[Open the full page in your browser]]</translation>
        </message>
        <message>
            <source>Needs an internet connection.</source>
            <translation>[[Needs an internet connection.]]</translation>
        </message>
        <message>
            <source>The full page, with more detail, is at:
{address}</source>
            <translation>[[The full page, with more detail, is at:
{address}]]</translation>
        </message>
        <message>
            <source>The browser could not be opened. You can type the address above into any browser.</source>
            <translation>[[The browser could not be opened. You can type the address above into any browser.]]</translation>
        </message>
    </context>
    <context>
        <name>WelcomePage</name>
        <message>
            <source>&amp;Open saved answers...</source>
            <translation>[[&amp;Open saved answers...]]</translation>
        </message>
        <message>
            <source>Open saved answers</source>
            <translation>[[Open saved answers]]</translation>
        </message>
        <message>
            <source>Answers and notes you saved here before.</source>
            <translation>[[Answers and notes you saved here before.]]</translation>
        </message>
    </context>
</TS>
